/**
 * The "copy diagnostics" text: everything support needs to reproduce what the user sees, as plain lines that
 * paste well into an e-mail or an issue. No data from the workbook, only versions, the source and recent errors.
 */

export interface DiagnosticsInfo {
  addinVersion: string;
  datasetVersion: string | null;
  builtAt: string | null;
  origin: string | null;
  loadedAt: string | null;
  status: string;
  datasetUrl: string;
  counts: Record<string, number> | null;
  office: { host: string | null; platform: string | null; version: string | null };
  /** The workbook's local additions: how many (source ids only, never their text) and their problems. */
  localAdditions: { ids: readonly string[]; readError: string | null; layerError: string | null };
  /** Live CZ formulas subscribed to the dataset store. */
  liveFormulas: number;
  /** Whether the CZ tables are known to be whole (the workbook writer's condition), and why not. */
  tables?: string;
  lastRefresh: string | null;
  language: string;
  userAgent: string | null;
  /** Newest last. */
  errors: readonly { time: string; message: string }[];
  now: string;
}

const or = (value: string | null | undefined) =>
  value === null || value === undefined || value === "" ? "-" : value;

/**
 * @example diagnosticsText(info).split("\n")[0] // "CZ Projects diagnostics 2026-01-01T00:00:00.000Z"
 */
export function diagnosticsText(info: DiagnosticsInfo): string {
  const counts = info.counts
    ? Object.entries(info.counts)
        .map(([name, n]) => `${name} ${n}`)
        .join(", ")
    : "-";
  const lines = [
    `CZ Projects diagnostics ${info.now}`,
    `add-in version: ${info.addinVersion}`,
    `dataset: ${or(info.datasetVersion)} built ${or(info.builtAt)} (origin ${or(info.origin)}, loaded ${or(info.loadedAt)})`,
    `dataset status: ${info.status}`,
    `dataset URL: ${info.datasetUrl}`,
    `counts: ${counts}`,
    `last refresh: ${or(info.lastRefresh)}`,
    `Office: host ${or(info.office.host)}, platform ${or(info.office.platform)}, version ${or(info.office.version)}`,
    `local additions: ${info.localAdditions.ids.length}${info.localAdditions.ids.length > 0 ? ` (${info.localAdditions.ids.join(", ")})` : ""}` +
      (info.localAdditions.readError ? `; unreadable: ${info.localAdditions.readError}` : "") +
      (info.localAdditions.layerError ? `; not layered: ${info.localAdditions.layerError}` : ""),
    `live CZ formulas: ${info.liveFormulas}`,
    `CZ tables: ${or(info.tables)}`,
    `pane language: ${info.language}`,
    `user agent: ${or(info.userAgent)}`,
    `recent errors: ${info.errors.length === 0 ? "none" : info.errors.length}`,
    ...info.errors.map((e) => `  ${e.time} ${e.message.replace(/\s*\n\s*/g, " ")}`),
  ];
  return `${lines.join("\n")}\n`;
}
