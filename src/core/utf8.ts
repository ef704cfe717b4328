/** Sizes of text as Excel's requests and the workbook store count them: UTF-8 bytes. */

/**
 * UTF-8 length of a string without building the bytes (a 5 MB paste should not cost 5 MB more to measure).
 * A surrogate pair is 4 bytes; a lone surrogate, which an encoder writes as U+FFFD, 3.
 * @example utf8Length("常州a") // 7
 */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
