// Handing the written file to the person: the share sheet when the browser can share files (Zalo, Bluetooth),
// nothing more when the person closes it, and a download when the browser cannot share or refuses.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shareOrDownload } from '#client/handover/share-file.ts';

type Clicked = { href: string; download: string };

/** A document whose links record their click, and object URLs that are only names. */
function stubDownload(): Clicked[] {
  const clicked: Clicked[] = [];
  vi.stubGlobal('document', {
    createElement: () => {
      const link = { href: '', download: '', click: () => clicked.push({ href: link.href, download: link.download }), remove: () => undefined };
      return link;
    },
    body: { append: () => undefined },
  });
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:file');
  vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
  return clicked;
}

describe('shareOrDownload', () => {
  // The quick project shares one module graph between files: put URL back as it was.
  afterEach(() => { vi.restoreAllMocks(); });

  it('opens the share sheet with the file when the browser can share it', async () => {
    const share = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { canShare: () => true, share });
    const clicked = stubDownload();
    await shareOrDownload('phieu.phieu', '{"format":"phieu-handover"}');
    const [[data]] = share.mock.calls as unknown as [[{ files: File[] }]];
    expect(data.files.map((file) => file.name)).toEqual(['phieu.phieu']);
    expect(await data.files[0]!.text()).toBe('{"format":"phieu-handover"}');
    expect(clicked).toEqual([]);
  });

  it('does nothing more when the person closes the share sheet', async () => {
    vi.stubGlobal('navigator', { canShare: () => true, share: () => Promise.reject(new DOMException('closed', 'AbortError')) });
    const clicked = stubDownload();
    await shareOrDownload('phieu.phieu', '{}');
    expect(clicked).toEqual([]);
  });

  it('downloads the file when the browser cannot share files, or refuses to', async () => {
    vi.stubGlobal('navigator', {});
    const clicked = stubDownload();
    await shareOrDownload('a.phieu', '{}');
    vi.stubGlobal('navigator', { canShare: () => true, share: () => Promise.reject(new DOMException('no gesture', 'NotAllowedError')) });
    await shareOrDownload('b.phieu', '{}');
    expect(clicked).toEqual([{ href: 'blob:file', download: 'a.phieu' }, { href: 'blob:file', download: 'b.phieu' }]);
  });
});
