/**
 * UTF-8 text ⇄ base64, for text stored inside XML: base64 has no `<`, `&` or `]]>`, so no article text can
 * break the part around it. Built on TextEncoder and btoa, which both the browser and Node 20 have.
 */

/** Base64 of the text's UTF-8 bytes. */
export function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  // In chunks: String.fromCharCode(...bytes) of a long text would overflow the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

// One character class and a length check, not groups of four: a repeated group recurses in the regex engine and
// overflows the stack on a part of a few MB.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The text whose UTF-8 bytes `base64` holds (white space ignored), or null when it is not that. */
export function fromBase64(base64: string): string | null {
  const compact = base64.replace(/\s+/g, "");
  // atob alone accepts missing padding and stray characters in some engines: checked here instead.
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) return null;
  const binary = atob(compact);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
