/**
 * Validation of a dataset at load and at build: the shape (the published format) and its integrity (unique
 * ids, every reference resolves, trees without cycles, low ≤ high, plausible figures, no source published
 * after the build). Errors are values that say what is wrong and where.
 */
import { datasetSchema, type Dataset } from "./dataset";
import { figureProblem } from "./figureLimits";

export interface DatasetProblem {
  /** Where: a JSON path such as `amounts[3].low`. */
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[] };

function pathOf(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    "",
  );
}

/** Problems of integrity in a dataset whose shape is already valid. */
export function integrityProblems(d: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const idsOf = (section: keyof Dataset, rows: ReadonlyArray<{ id: string }>) => {
    const ids = new Set<string>();
    rows.forEach((row, i) => {
      if (ids.has(row.id))
        problems.push({ path: `${section}[${i}].id`, message: `duplicate id '${row.id}'` });
      ids.add(row.id);
    });
    return ids;
  };
  const sources = idsOf("sources", d.sources);
  const orgs = idsOf("organizations", d.organizations);
  const places = idsOf("places", d.places);
  const sectors = idsOf("sectors", d.sectors);
  const projects = idsOf("projects", d.projects);
  idsOf("amounts", d.amounts);
  idsOf("events", d.events);
  const ref = (ids: Set<string>, id: string | null, path: string, what: string) => {
    if (id !== null && !ids.has(id)) problems.push({ path, message: `unknown ${what} '${id}'` });
  };
  d.organizations.forEach((o, i) => ref(orgs, o.parentId, `organizations[${i}].parentId`, "organization"));
  d.places.forEach((p, i) => ref(places, p.parentId, `places[${i}].parentId`, "place"));
  d.sectors.forEach((s, i) => ref(sectors, s.parentId, `sectors[${i}].parentId`, "sector"));
  d.projects.forEach((p, i) => {
    p.orgIds.forEach((o, j) => ref(orgs, o, `projects[${i}].orgIds[${j}]`, "organization"));
    ref(places, p.placeId, `projects[${i}].placeId`, "place");
    ref(sectors, p.sectorId, `projects[${i}].sectorId`, "sector");
    ref(sources, p.sourceId, `projects[${i}].sourceId`, "source");
  });
  cycleProblems("sectors", d.sectors, problems);
  cycleProblems("places", d.places, problems);
  publishedProblems(d, problems);
  d.amounts.forEach((a, i) => {
    ref(projects, a.projectId, `amounts[${i}].projectId`, "project");
    ref(orgs, a.orgId, `amounts[${i}].orgId`, "organization");
    ref(sources, a.sourceId, `amounts[${i}].sourceId`, "source");
    // Refused, not clamped: a total over a negative, absurd or infinite figure would be a wrong total.
    for (const end of ["low", "high"] as const) {
      const value = a[end];
      const why = value === null ? null : figureProblem(value, a.unit);
      if (why)
        problems.push({
          path: `amounts[${i}].${end}`,
          message: `figure '${a.id}' ('${a.text}'): ${end} ${value} ${a.unit} ${why}`,
        });
    }
    if (a.low !== null && a.high !== null && a.low > a.high) {
      problems.push({ path: `amounts[${i}]`, message: `low ${a.low} is above high ${a.high}` });
    }
  });
  d.events.forEach((e, i) => {
    e.orgIds.forEach((o, j) => ref(orgs, o, `events[${i}].orgIds[${j}]`, "organization"));
    ref(places, e.placeId, `events[${i}].placeId`, "place");
    ref(sources, e.sourceId, `events[${i}].sourceId`, "source");
  });
  return problems;
}

/** A parent chain that comes back to where it started would make a sector its own ancestor. */
function cycleProblems(
  section: "sectors" | "places",
  nodes: ReadonlyArray<{ id: string; parentId: string | null }>,
  problems: DatasetProblem[],
) {
  const parentOf = new Map(nodes.map((n) => [n.id, n.parentId] as const));
  const reported = new Set<string>();
  nodes.forEach((n, i) => {
    const chain = [n.id];
    const seen = new Set(chain);
    for (let at = n.parentId; at !== null && parentOf.has(at); at = parentOf.get(at) ?? null) {
      if (at === n.id) {
        // One problem per cycle, on its first node.
        if (!chain.some((id) => reported.has(id)))
          problems.push({
            path: `${section}[${i}].parentId`,
            message: `parent cycle: ${[...chain, n.id].map((id) => `'${id}'`).join(" → ")}`,
          });
        chain.forEach((id) => reported.add(id));
        return;
      }
      if (seen.has(at)) return; // a cycle further up, reported on its own nodes
      seen.add(at);
      chain.push(at);
    }
  });
}

/**
 * A source cannot be published after the dataset was built: a year 2099 is a typing error. A day of slack
 * allows for time zones (a Beijing date is a day ahead of UTC for eight hours).
 */
function publishedProblems(d: Dataset, problems: DatasetProblem[]) {
  const built = Date.parse(d.builtAt);
  const latest = (Number.isNaN(built) ? Date.now() : built) + 24 * 3600 * 1000;
  d.sources.forEach((s, i) => {
    if (s.published !== null && Date.parse(s.published) > latest)
      problems.push({
        path: `sources[${i}].published`,
        message: `source '${s.id}' is dated ${s.published}, after the dataset was built (${d.builtAt})`,
      });
  });
}

/**
 * Validates anything that claims to be a dataset.
 * @example validateDataset(JSON.parse(text)) // { ok: false, problems: [{ path: "amounts[0].low", message: "expected number, received string" }] }
 */
export function validateDataset(input: unknown): ValidationResult {
  const parsed = datasetSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: pathOf(issue.path) || "(document)",
        message: issue.message,
      })),
    };
  }
  const problems = integrityProblems(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, dataset: parsed.data };
}

/** A one-paragraph summary of problems for a person: the first few, and how many more. */
export function describeProblems(problems: readonly DatasetProblem[], max = 5): string {
  const shown = problems.slice(0, max).map((p) => `${p.path}: ${p.message}`);
  const more = problems.length > max ? [`… and ${problems.length - max} more`] : [];
  return [...shown, ...more].join("\n");
}
