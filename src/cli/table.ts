/** Plain-text tables for the terminal, aligned for Chinese text (a CJK character takes two columns). */

function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}

function clip(s: string, max: number): string {
  if (width(s) <= max) return s;
  let out = "";
  for (const ch of s) {
    if (width(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/**
 * Renders rows under a header, each cell clipped to `maxWidth` columns.
 * @example formatTable(["名称", "阶段"], [["动车组检修基地", "拟建"]])
 */
export function formatTable(header: string[], rows: string[][], maxWidth = 40): string {
  const all = [header, ...rows].map((r) => r.map((c) => clip(c.replace(/\s+/g, " "), maxWidth)));
  const widths = header.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ""))));
  const line = (r: string[]) =>
    r
      .map((c, i) => c + " ".repeat(Math.max(0, (widths[i] ?? 0) - width(c))))
      .join("  ")
      .trimEnd();
  return [line(all[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...all.slice(1).map(line)].join("\n");
}
