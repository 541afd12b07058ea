/** Offers JSON as a file download (Blob + object URL, revoked once the click has been handled). */
export function downloadJson(fileName: string, value: unknown): void {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; a later revoke keeps the URL valid for browsers that read it async.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
