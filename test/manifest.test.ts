/**
 * manifest.xml and the add-in build, checked offline (office-addin-manifest validate needs the network): the
 * shared-runtime wiring, every resource reference, the zh-CN overrides, the icons, the requirement sets the
 * Excel code needs, the webpack settings the runtime depends on, and — on the production build the browser tests
 * use too (test/e2e/buildOnce.ts: made once per content of the sources, kept in the temporary folder) — that
 * every https://localhost:3000/ address in the manifest is a file the build writes.
 *
 * CZ_TEST_DIST=dist (or another folder) checks an existing build instead of building.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { buildAddin } from "./e2e/buildOnce";

// Tests here start processes: seconds each, many more on a loaded machine than jest's default 5 s.
jest.setTimeout(120_000);

const ROOT = join(__dirname, "..");
const DEV = "https://localhost:3000/";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const MANIFEST_XML = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const CJK = /[\u4e00-\u9fff]/;

type XmlNode = { [key: string]: unknown };

const REPEATED = new Set([
  "Host",
  "Set",
  "AppDomain",
  "Runtime",
  "ExtensionPoint",
  "OfficeTab",
  "Group",
  "Control",
  "Override",
  "bt:Image",
  "bt:Url",
  "bt:String",
  "bt:Override",
]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => REPEATED.has(name),
});
const APP = (parser.parse(MANIFEST_XML) as XmlNode).OfficeApp as XmlNode;

/** The child elements called `tag` (always an array). */
function kids(node: unknown, tag: string): XmlNode[] {
  if (node === null || typeof node !== "object") return [];
  const value = (node as XmlNode)[tag];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]) as XmlNode[];
}
function kid(node: unknown, tag: string): XmlNode {
  const found = kids(node, tag);
  if (found.length !== 1) throw new Error(`expected one <${tag}>, found ${found.length}`);
  return found[0]!;
}
function text(node: unknown): string {
  if (typeof node === "string") return node.trim();
  return String((node as XmlNode)["#text"] ?? "").trim();
}
/** Every element (with the tag it is under), depth first. */
function elements(node: unknown, tag = "OfficeApp"): Array<{ tag: string; node: XmlNode }> {
  if (node === null || typeof node !== "object") return [];
  const out = [{ tag, node: node as XmlNode }];
  for (const [key, value] of Object.entries(node as XmlNode)) {
    if (key.startsWith("@_") || key === "#text") continue;
    for (const child of Array.isArray(value) ? value : [value]) out.push(...elements(child, key));
  }
  return out;
}
function override(node: XmlNode, locale: string): string | undefined {
  const all = [...kids(node, "Override"), ...kids(node, "bt:Override")];
  return all.find((o) => o["@_Locale"] === locale)?.["@_Value"] as string | undefined;
}

const OVERRIDES = kid(APP, "VersionOverrides");
const RESOURCES = kid(OVERRIDES, "Resources");
const WORKBOOK = kids(kid(OVERRIDES, "Hosts"), "Host").find((h) => h["@_xsi:type"] === "Workbook")!;
const resources = (group: string, tag: string) =>
  new Map(kids(kid(RESOURCES, group), tag).map((r) => [r["@_id"] as string, r]));
const IMAGES = resources("bt:Images", "bt:Image");
const URLS = resources("bt:Urls", "bt:Url");
const SHORT = resources("bt:ShortStrings", "bt:String");
const LONG = resources("bt:LongStrings", "bt:String");
const STRINGS = new Map([...SHORT, ...LONG]);

/** Every attribute value and element text of the manifest that is an address (namespace declarations aside). */
function addresses(): string[] {
  const found: string[] = [];
  for (const { node } of elements(APP)) {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith("@_xmlns")) continue;
      for (const v of Array.isArray(value) ? value : [value]) if (typeof v === "string") found.push(v.trim());
    }
  }
  return [...new Set(found)].filter((v) => /^https?:\/\//.test(v));
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function version(v: string): [number, number] {
  const [major, minor] = v.split(".").map(Number);
  return [major ?? 0, minor ?? 0];
}
function atLeast(have: string, need: string): boolean {
  const [a, b] = version(have);
  const [c, d] = version(need);
  return a > c || (a === c && b >= d);
}

describe("manifest.xml", () => {
  it("is well-formed XML, a TaskPaneApp with VersionOverrides 1.0", () => {
    expect(XMLValidator.validate(MANIFEST_XML)).toBe(true);
    expect(APP["@_xsi:type"]).toBe("TaskPaneApp");
    expect(APP["@_xmlns"]).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(OVERRIDES["@_xsi:type"]).toBe("VersionOverridesV1_0");
  });

  it("identifies the add-in: GUID id, version, provider, names and descriptions with zh-CN overrides", () => {
    expect(text(APP.Id)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i,
    );
    expect(text(APP.Version)).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(text(APP.ProviderName)).toBe("CZ Projects");
    expect(text(APP.DefaultLocale)).toBe("en-US");
    const name = kid(APP, "DisplayName");
    expect(name["@_DefaultValue"]).toBe("CZ Projects");
    expect(override(name, "zh-CN")).toBe("常州项目");
    const description = kid(APP, "Description");
    expect(String(description["@_DefaultValue"]).length).toBeGreaterThan(20);
    expect(override(description, "zh-CN")).toMatch(CJK);
    expect(kids(kid(APP, "Hosts"), "Host").map((h) => h["@_Name"])).toEqual(["Workbook"]);
    expect(text(APP.Permissions)).toBe("ReadWriteDocument");
    expect(kids(kid(APP, "AppDomains"), "AppDomain").length).toBeGreaterThan(0);
  });

  it("requires the shared runtime and the custom-functions runtime", () => {
    const sets = new Map(
      kids(kid(kid(APP, "Requirements"), "Sets"), "Set").map((s) => [s["@_Name"], s["@_MinVersion"]]),
    );
    expect(sets.get("SharedRuntime")).toBe("1.1");
    expect(sets.get("CustomFunctionsRuntime")).toBe("1.1");
  });

  describe("one shared runtime", () => {
    const runtimes = kids(kid(WORKBOOK, "Runtimes"), "Runtime");
    const resid = runtimes[0]?.["@_resid"] as string;
    const customFunctions = kids(kid(WORKBOOK, "AllFormFactors"), "ExtensionPoint").find(
      (e) => e["@_xsi:type"] === "CustomFunctions",
    )!;
    const desktop = kid(WORKBOOK, "DesktopFormFactor");
    const actions = elements(desktop).filter((e) => e.tag === "Action");

    it("declares one long-lived runtime, before AllFormFactors", () => {
      expect(runtimes).toHaveLength(1);
      expect(runtimes[0]!["@_lifetime"]).toBe("long");
      expect(URLS.has(resid)).toBe(true);
      expect(MANIFEST_XML.indexOf("<Runtimes>")).toBeLessThan(MANIFEST_XML.indexOf("<AllFormFactors>"));
    });

    it("uses the runtime's resid for the functions' Page, the FunctionFile and every ShowTaskpane action", () => {
      expect(kid(kid(customFunctions, "Page"), "SourceLocation")["@_resid"]).toBe(resid);
      expect(kid(desktop, "FunctionFile")["@_resid"]).toBe(resid);
      const showTaskpane = actions.filter((a) => a.node["@_xsi:type"] === "ShowTaskpane");
      expect(showTaskpane.length).toBeGreaterThan(0);
      for (const { node } of showTaskpane) {
        expect(kid(node, "SourceLocation")["@_resid"]).toBe(resid);
        expect(node.TaskpaneId).toBeUndefined(); // a long-lived runtime's pane has no TaskpaneId
      }
      // ExecuteFunction actions would need Office.actions.associate in src/commands/commands.ts.
      expect(actions.filter((a) => a.node["@_xsi:type"] === "ExecuteFunction")).toHaveLength(0);
      expect(kid(kid(APP, "DefaultSettings"), "SourceLocation")["@_DefaultValue"]).toBe(
        URLS.get(resid)!["@_DefaultValue"],
      );
    });

    it("points the custom functions at their script and metadata, in the namespace CZ", () => {
      const script = kid(kid(customFunctions, "Script"), "SourceLocation")["@_resid"] as string;
      const metadata = kid(kid(customFunctions, "Metadata"), "SourceLocation")["@_resid"] as string;
      expect(URLS.get(script)?.["@_DefaultValue"]).toBe(`${DEV}functions.js`);
      expect(URLS.get(metadata)?.["@_DefaultValue"]).toBe(`${DEV}functions.json`);
      expect(override(URLS.get(metadata)!, "zh-CN")).toBe(`${DEV}functions-zh-cn.json`);
      const namespace = kid(customFunctions, "Namespace")["@_resid"] as string;
      expect(SHORT.get(namespace)?.["@_DefaultValue"]).toBe("CZ");
    });

    it("has a Home tab group with the Show pane button, in English and Chinese", () => {
      const tab = kid(kid(desktop, "ExtensionPoint"), "OfficeTab");
      expect(tab["@_id"]).toBe("TabHome");
      const group = kid(tab, "Group");
      expect(SHORT.get(kid(group, "Label")["@_resid"] as string)?.["@_DefaultValue"]).toBe("CZ Projects");
      const button = kid(group, "Control");
      const label = SHORT.get(kid(button, "Label")["@_resid"] as string)!;
      expect(label["@_DefaultValue"]).toBe("Show pane");
      expect(override(label, "zh-CN")).toBe("显示面板");
    });
  });

  it("resolves every resid to a resource of the right kind, and uses every resource", () => {
    const used = new Set<string>();
    for (const { tag, node } of elements(APP)) {
      const resid = node["@_resid"];
      if (typeof resid !== "string") continue;
      used.add(resid);
      const kind =
        tag === "bt:Image"
          ? IMAGES
          : ["Label", "Title", "Description", "Namespace"].includes(tag)
            ? STRINGS
            : URLS;
      expect({ tag, resid, defined: kind.has(resid) }).toEqual({ tag, resid, defined: true });
    }
    const ids = [...IMAGES.keys(), ...URLS.keys(), ...STRINGS.keys()];
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
  });

  it("keeps strings within the schema's limits and translates each one (but the namespace) to zh-CN", () => {
    for (const [limit, group] of [
      [125, SHORT],
      [250, LONG],
    ] as const) {
      for (const [id, s] of group) {
        const values = [s["@_DefaultValue"], ...kids(s, "bt:Override").map((o) => o["@_Value"])] as string[];
        for (const value of values)
          expect({ id, length: value.length <= limit }).toEqual({ id, length: true });
        if (id !== "Functions.Namespace")
          expect({ id, zh: CJK.test(override(s, "zh-CN") ?? "") }).toEqual({ id, zh: true });
      }
    }
  });

  it("uses only https addresses", () => {
    const all = addresses();
    const expected = [
      "https://localhost:3000",
      `${DEV}help.html`,
      `${DEV}functions-zh-cn.json`,
      `${DEV}assets/icon-16.png`,
    ];
    expect(all).toEqual(expect.arrayContaining(expected));
    expect(all.filter((a) => !a.startsWith("https://"))).toEqual([]);
  });

  it("has icons of the declared pixel sizes in assets/", () => {
    const iconFile = (url: string) => {
      expect(url.startsWith(`${DEV}assets/`)).toBe(true);
      return join(ROOT, url.slice(DEV.length));
    };
    expect(pngSize(iconFile(kid(APP, "IconUrl")["@_DefaultValue"] as string))).toEqual({
      width: 32,
      height: 32,
    });
    expect(pngSize(iconFile(kid(APP, "HighResolutionIconUrl")["@_DefaultValue"] as string))).toEqual({
      width: 64,
      height: 64,
    });
    const uses = elements(OVERRIDES).filter((e) => e.tag === "bt:Image" && e.node["@_size"] !== undefined);
    expect(uses.length).toBeGreaterThan(0);
    for (const { node } of uses) {
      const size = Number(node["@_size"]);
      const url = IMAGES.get(node["@_resid"] as string)!["@_DefaultValue"] as string;
      expect(pngSize(iconFile(url))).toEqual({ width: size, height: size });
    }
  });
});

/**
 * APIs recognisable by a name that only their requirement set has (not exhaustive). A use needs the set in the
 * manifest, or a run-time check such as Office.context.requirements.isSetSupported("ExcelApi", "1.9") in src/.
 * Versions as in @types/office-js ("[Api set: ExcelApi 1.x]").
 */
const EXCEL_API_USES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bpivotTables\b/, "1.3"],
  [/\bpivotTables\s*\.\s*add\b|\b(row|column|data|filter)Hierarchies\b/, "1.8"],
  [/\bworkbook\s*\.\s*settings\b|\bnames\s*\.\s*add\b|OrNullObject\b/, "1.4"],
  [/\bautofit(Columns|Rows)\b/, "1.2"],
  [/\bcustomXmlParts\b/, "1.5"],
  [/\bsuspendApiCalculationUntilNextSync\b|\bcalculate\s*\(\s*(true|false)\b/, "1.6"],
  [/\bfreezePanes\b|\bnumberFormatLocal\b|\bonChanged\b/, "1.7"],
  [/\bsuspendScreenUpdatingUntilNextSync\b|\b(set|get)CellProperties\b|\bgetRanges\s*\(/, "1.9"],
  [/\bgetSpill(ingToRange|Parent)\b/, "1.12"],
  [/\.resize\s*\(/, "1.13"],
  [/\bvaluesAsJson(Local)?\b|\bEntityCellValue\b/, "1.16"],
];

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("requirement sets", () => {
  it("covers every ExcelApi use in src/excel by the manifest or a run-time check (passes while src/excel is absent)", () => {
    const declared = kids(kid(kid(APP, "Requirements"), "Sets"), "Set").find(
      (s) => s["@_Name"] === "ExcelApi",
    );
    const manifestVersion = (declared?.["@_MinVersion"] as string | undefined) ?? "1.1";
    const checked = sourceFiles(join(ROOT, "src")).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/["']ExcelApi["']\s*,\s*["'](\d+\.\d+)["']/g)].map(
        (m) => m[1]!,
      ),
    );
    const uncovered: string[] = [];
    for (const file of sourceFiles(join(ROOT, "src", "excel"))) {
      const code = readFileSync(file, "utf8");
      for (const [pattern, need] of EXCEL_API_USES) {
        const covered = atLeast(manifestVersion, need) || checked.some((v) => atLeast(v, need));
        const use = code.match(pattern)?.[0];
        if (use && !covered) uncovered.push(`${relative(ROOT, file)}: ${use} needs ExcelApi ${need}`);
      }
    }
    expect(uncovered).toEqual([]);
  });
});

describe("webpack.config.js", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS
  const configFn = require("../webpack.config.js") as (env: object, argv: object) => Promise<XmlNode>;

  it.each(["production", "development"])(
    "%s: one runtime chunk, no eval, the three entries",
    async (mode) => {
      const config = await configFn({}, { mode });
      expect(config.mode).toBe(mode);
      expect(String(config.devtool)).not.toMatch(/eval/);
      expect((config.optimization as XmlNode).runtimeChunk).toBe("single");
      expect(Object.keys(config.entry as XmlNode).sort()).toEqual(["commands", "functions", "taskpane"]);
      const clean = (config.output as XmlNode).clean as { keep: RegExp };
      expect(clean.keep.test("dataset.json")).toBe(true);
    },
  );

  it("serves https on port 3000 with CORS and without hot reload, live reload or client", async () => {
    const devServer = (await configFn({}, { mode: "development" })).devServer as XmlNode;
    expect(devServer.port).toBe(3000);
    expect((devServer.server as XmlNode).type).toBe("https");
    expect((devServer.headers as XmlNode)["Access-Control-Allow-Origin"]).toBe("*");
    expect([devServer.hot, devServer.liveReload, devServer.client]).toEqual([false, false, false]);
  });

  it("moves every localhost address of the manifest to the production URL", async () => {
    const config = await configFn({ urlProd: "https://cz.example.org/addin" }, { mode: "production" });
    const copy = (
      config.plugins as Array<{ patterns?: Array<{ to: string; transform?: (c: Buffer) => string }> }>
    )
      .flatMap((p) => p.patterns ?? [])
      .find((p) => p.to === "manifest.xml")!;
    const prod = String(copy.transform!(Buffer.from(MANIFEST_XML)));
    expect(prod).not.toContain("localhost");
    expect(prod).toContain("https://cz.example.org/addin/taskpane.html");
    expect(prod).toContain("<AppDomain>https://cz.example.org</AppDomain>");
    expect(XMLValidator.validate(prod)).toBe(true);
  });
});

describe("the production build", () => {
  let dist = "";

  beforeAll(async () => {
    dist = await buildAddin();
  }, 300_000);

  const read = (file: string) => readFileSync(join(dist, file), "utf8");

  /** The local scripts taskpane.html loads, in order. */
  const pageScripts = () =>
    [...read("taskpane.html").matchAll(/<script\b[^>]*\bsrc="?([^" >]+)"?/g)].map((m) => m[1]!);
  /** The one emitted script of a chunk, NAME.HASH.js. */
  const scriptOf = (chunk: string) => {
    const found = readdirSync(dist).filter((f) => new RegExp(`^${chunk}\\.[0-9a-f]{12}\\.js$`).test(f));
    expect({ chunk, found: found.length }).toEqual({ chunk, found: 1 });
    return found[0]!;
  };

  it("writes a file for every https://localhost:3000/ address of its manifest: the manifest with the functions script's hashed name", () => {
    const files = [...new Set(addresses().filter((a) => a.startsWith(DEV)))].map(
      (a) => a.slice(DEV.length).split(/[?#]/)[0]!,
    );
    expect(files).toEqual(expect.arrayContaining(["taskpane.html", "functions.js", "functions.json"]));
    const functions = scriptOf("functions");
    const shipped = read("manifest.xml");
    expect(shipped).toBe(MANIFEST_XML.split(`${DEV}functions.js"`).join(`${DEV}${functions}"`));
    const named = files.map((f) => (f === "functions.js" ? functions : f));
    expect(named.filter((f) => !existsSync(join(dist, f)) || !statSync(join(dist, f)).isFile())).toEqual([]);
  });

  it("names every script by its content, so a cached script of another build is never asked for", () => {
    const scripts = readdirSync(dist).filter((f) => f.endsWith(".js"));
    expect(scripts.filter((f) => !/^[a-z]+\.[0-9a-f]{12}\.js$/.test(f))).toEqual([]);
    for (const chunk of ["runtime", "shared", "functions", "commands", "taskpane", "ingest"]) scriptOf(chunk);
    // The runtime asks for the on-demand chunks by their hashed names, never by bare ones.
    const runtime = read(scriptOf("runtime"));
    for (const chunk of ["ingest", "page"]) {
      expect(runtime).toContain(`"${/\.([0-9a-f]{12})\.js$/.exec(scriptOf(chunk))![1]}"`);
      expect(runtime).not.toContain(`"${chunk}.js"`);
    }
  });

  it("makes taskpane.html load office.js, then the one runtime chunk, then the functions, commands and pane", () => {
    const scripts = pageScripts();
    expect(scripts[0]).toBe(OFFICE_JS);
    expect(scripts[1]).toBe(scriptOf("runtime"));
    for (const chunk of ["functions", "commands", "taskpane"]) expect(scripts).toContain(scriptOf(chunk));
    for (const chunk of scripts.slice(1)) expect(existsSync(join(dist, chunk))).toBe(true);
    expect(existsSync(join(dist, "functions.html"))).toBe(false);
  });

  it("bundles one webpack runtime: every other chunk only registers its modules with it", () => {
    // runtimeChunk "single": the entries share one module registry, so src/runtime's dataset store exists once.
    const runtime = scriptOf("runtime");
    const chunks = readdirSync(dist).filter((f) => f.endsWith(".js") && f !== runtime);
    expect(chunks).toEqual(
      expect.arrayContaining(["functions", "commands", "taskpane"].map((c) => scriptOf(c))),
    );
    const registry = read(runtime).match(/self\.(webpackChunk\w+)/)?.[1];
    expect(registry).toBeDefined();
    for (const file of chunks) {
      const head = read(file)
        .replace(/^\/\*![^]*?\*\/\s*/, "")
        .slice(0, 200);
      expect({ file, pushesToRuntime: head.includes(`self.${registry}`) }).toEqual({
        file,
        pushesToRuntime: true,
      });
    }
  });

  it("registers every function in functions.json from the functions chunk", () => {
    const { functions } = JSON.parse(read("functions.json")) as { functions: Array<{ id: string }> };
    expect(functions.length).toBeGreaterThan(0);
    const ids = functions.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    const code = read(scriptOf("functions"));
    for (const id of ids) expect(code).toContain(`CustomFunctions.associate("${id}"`);
  });

  it("writes functions-zh-cn.json with the same functions, ASCII names and Chinese descriptions", () => {
    type Metadata = {
      functions: Array<{
        id: string;
        name: string;
        description?: string;
        parameters?: Array<{ name: string }>;
      }>;
    };
    const en = JSON.parse(read("functions.json")) as Metadata;
    const zh = JSON.parse(read("functions-zh-cn.json")) as Metadata;
    const shape = (m: Metadata) =>
      m.functions.map((f) => [f.id, f.name, (f.parameters ?? []).map((p) => p.name)]);
    expect(shape(zh)).toEqual(shape(en));
    for (const f of zh.functions) expect(f.name).toMatch(/^[A-Z][A-Z0-9._]*$/);
    expect(zh.functions.filter((f) => CJK.test(f.description ?? "")).length).toBeGreaterThan(0);
  });

  it("gives taskpane.html a Content-Security-Policy: office.js from its CDN, no inline script or eval, Fluent's inline styles, https datasets", () => {
    const csp = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(
      read("taskpane.html"),
    )?.[1];
    expect(csp).toBeDefined();
    const directives = Object.fromEntries(
      csp!
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives["default-src"]).toEqual(["'self'"]);
    expect(directives["script-src"]).toEqual(["'self'", new URL(OFFICE_JS).origin]);
    expect(directives["style-src"]).toEqual(expect.arrayContaining(["'unsafe-inline'"]));
    expect(directives["connect-src"]).toEqual(expect.arrayContaining(["'self'", "https:"]));
    expect(directives["object-src"]).toEqual(["'none'"]);
    expect(csp).not.toContain("unsafe-eval");
  });

  it("needs no eval: the bundles run under a Content-Security-Policy without 'unsafe-eval'", () => {
    const bundles = readdirSync(dist).filter((f) => f.endsWith(".js"));
    expect(bundles).toContain(scriptOf("runtime"));
    for (const file of bundles)
      expect({ file, eval: /\beval\s*\(/.test(read(file)) }).toEqual({ file, eval: false });
  });
});
