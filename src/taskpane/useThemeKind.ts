/**
 * Light or dark for the FluentProvider: Office's theme where the host has one, else the system's
 * prefers-color-scheme, followed live.
 */
import { useEffect, useState } from "react";
import { officeThemeColors } from "../excel/startup";
import { type ThemeKind, themeKindFor } from "./themeChoice";

const DARK_QUERY = "(prefers-color-scheme: dark)";

const systemQuery = (): MediaQueryList | null =>
  typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia(DARK_QUERY)
    : null;

export function useThemeKind(): ThemeKind {
  const [systemDark, setSystemDark] = useState(() => systemQuery()?.matches ?? false);
  useEffect(() => {
    const query = systemQuery();
    if (!query) return;
    const onChange = (event: MediaQueryListEvent) => setSystemDark(event.matches);
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, []);
  return themeKindFor(officeThemeColors(), systemDark);
}
