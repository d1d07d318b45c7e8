// The home's hand-over card: "Xuất phiếu ra tệp" writes the finished, unsent forms to one encrypted file and
// shares or downloads it; the card says how many exported forms still wait for the server's confirmation.
import { createSignal, Show } from 'solid-js';
import { appDb } from '../db/db.ts';
import { live } from '../db/live.ts';
import { useI18n } from '../i18n/context.tsx';
import { nowIso } from '../time.ts';
import { exportHandover } from './export-file.ts';
import { countHandedOver } from './handed-over.ts';
import { shareOrDownload } from './share-file.ts';

type Said = { key: string; params?: Record<string, string> };

export function HandOverPanel(props: { accountId: number }) {
  const { t, n } = useI18n();
  const pending = live(() => countHandedOver(appDb(), props.accountId));
  const [busy, setBusy] = createSignal(false);
  const [said, setSaid] = createSignal<Said | null>(null);

  const run = async () => {
    setBusy(true);
    try {
      const written = await exportHandover(appDb(), props.accountId, nowIso());
      if (written.kind === 'written') {
        await shareOrDownload(written.name, written.text);
        setSaid({ key: 'handover.done', params: { count: n(written.count), file: written.name } });
      } else {
        setSaid({ key: written.kind === 'none' ? 'handover.none' : 'handover.noKey' });
      }
    } catch {
      setSaid({ key: 'handover.failed' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card handover" aria-labelledby="handover">
      <h2 id="handover">{t('handover.title')}</h2>
      <p>{t('handover.intro')}</p>
      <button type="button" disabled={busy()} onClick={() => void run()}>{t('handover.export')}</button>
      <Show when={said()}>{(message) => <p role="status">{t(message().key, message().params)}</p>}</Show>
      <Show when={(pending.value() ?? 0) > 0}>
        <p data-handed-over={pending.value()}>{t('handover.pending', { count: n(pending.value() ?? 0) })}</p>
      </Show>
    </section>
  );
}
