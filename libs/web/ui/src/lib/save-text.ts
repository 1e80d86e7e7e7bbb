/** Saves text (e.g. a CSV the API made) as a file; fetched with the access token, so it cannot be a plain link. */
export function saveText(document: Document, text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
