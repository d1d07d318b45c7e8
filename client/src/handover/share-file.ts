// Hands a written file to the person: the system's share sheet (Zalo, Bluetooth…) where the browser can share files,
// else a download. The share sheet needs the click's user activation, so this runs straight after the export.
export async function shareOrDownload(name: string, text: string): Promise<void> {
  const file = new File([text], name, { type: 'application/octet-stream' });
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file] });
      return;
    } catch (error) {
      // Closed by the person: nothing to do. Refused by the browser (activation lapsed): fall back to a download.
      if (error instanceof DOMException && error.name === 'AbortError') return;
    }
  }
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: a download started from a click reads the URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
