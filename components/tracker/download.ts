// Save text as a file from an extension page: a Blob URL on a temporary `<a download>`.
/** Start a download of `content` named `filename`. */
export function downloadText(doc: Document, filename: string, content: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
