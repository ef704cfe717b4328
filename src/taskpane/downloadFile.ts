/**
 * Saving a text file from the pane: a Blob link clicked in place. Office on the web and recent desktop builds
 * save it as a download; where a host ignores it, the pane also shows the files' contents to copy.
 */
export function downloadText(name: string, text: string, type = "text/plain;charset=utf-8"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.rel = "noopener";
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The click has started the download by now; the URL is released after it was read.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
