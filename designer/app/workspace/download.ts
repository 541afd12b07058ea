/** Offers JSON as a file download (Blob + object URL, revoked once the click has been handled). */
export function downloadJson(fileName: string, value: unknown): void {
  downloadText(fileName, `${JSON.stringify(value, null, 2)}\n`, 'application/json');
}

/** Offers text (e.g. BPMN XML) as a file download. */
export function downloadText(fileName: string, text: string, type: string): void {
  const blob = new Blob([text], { type });
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
