// Saves generated text as a file the user downloads, from an extension page (no downloads permission).

/** Offers `text` as a download named `name`; the object URL is revoked once the click is handled. */
export function downloadFile(doc: Document, name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file-name-safe timestamp such as 2026-11-23T19-30-00Z. */
export function fileStamp(now: Date = new Date()): string {
  return now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-');
}
