/**
 * Light or dark, following Office: its own isDarkTheme where the host says, else how dark its background colour
 * is, else the system's prefers-color-scheme (Excel on the web, a plain browser).
 */
import type { OfficeThemeColors } from "../excel/startup";

export type ThemeKind = "light" | "dark";

/**
 * Relative luminance (0 black … 1 white) of a #rgb or #rrggbb colour, or null for anything else.
 * @example luminance("#FFFFFF") // 1
 */
export function luminance(color: string): number | null {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  const channel = (i: number) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/**
 * @example themeKindFor({ isDark: null, bodyBackgroundColor: "#262626" }, false) // "dark"
 */
export function themeKindFor(office: OfficeThemeColors, systemPrefersDark: boolean): ThemeKind {
  if (office.isDark !== null) return office.isDark ? "dark" : "light";
  const lum = office.bodyBackgroundColor === null ? null : luminance(office.bodyBackgroundColor);
  if (lum !== null) return lum < 0.4 ? "dark" : "light";
  return systemPrefersDark ? "dark" : "light";
}
