/**
 * Copying text from the pane. The async Clipboard API is often refused inside Office's pane (an iframe without
 * the clipboard-write permission), so a hidden textarea and execCommand("copy") are tried next.
 */

/** Resolves true when the text is on the clipboard, false when neither way worked. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator !== "undefined" && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused: try the old way.
  }
  if (typeof document === "undefined") return false;
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  area.style.pointerEvents = "none";
  document.body.appendChild(area);
  try {
    area.select();
    // Deprecated but still the only fallback where the Clipboard API is blocked.
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
