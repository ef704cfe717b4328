/**
 * An exported addition builds to the records the pane layered: its files beside the seed in a sources folder,
 * read by the CLI's readSources and built with the exported curation, give the same projects and figures.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Dataset } from "../src/core/dataset";
import { readJsonFile, readSources, sourceMetaSchema } from "../src/cli/sources";
import { buildDataset } from "../src/ingest/buildDataset";
import { curationSchema, type CurationEntry } from "../src/ingest/curation";
import { additionArticle } from "../src/ingest/additions/additionArticle";
import { additionSourceFiles } from "../src/ingest/additions/exportAddition";
import { layerAdditions } from "../src/ingest/additions/layerAdditions";
import type { Addition } from "../src/ingest/additions/types";
import { SOURCES_DIR, seedDataset } from "./seedFixture";

const AT = "2026-01-01T00:00:00.000Z";
const CZ = join(__dirname, "..", "bin", "cz.js");

// The `cz build` cases start a process: seconds each on a loaded machine.
jest.setTimeout(120_000);
/** Articles written for this test. */
const NEW_TEXT =
  "5月16日，钟楼区与常州某某智能装备有限公司签约建设智能装备检测中心项目，总投资5亿元，年产值8亿元。";
const JOIN_TEXT =
  "3月1日，中国节能环保集团有限公司投资的长江经济带绿色发展科技园在武进绿建区开工，计划总投资45亿元。";

const addition = (text: string, published: string, curation: (id: string) => CurationEntry[]): Addition => {
  const article = additionArticle({
    text,
    title: "测试报道",
    publisher: "常州市人民政府",
    published,
    url: "https://example.invalid/1",
  });
  return { article, curation: curation(article.id), addedAt: "2026-12-03T09:00:00.000Z" };
};

describe("an exported addition", () => {
  const reviewed = addition(NEW_TEXT, "2024-05-17", (id) => [
    { id: `${id}-1`, action: "dropAmount", source: id, text: "年产值8亿元", reason: "a forecast" },
    { id: `${id}-2`, action: "setSector", project: "智能装备检测中心项目", sector: "智能制造", reason: "r" },
  ]);
  const joining = addition(JOIN_TEXT, "2019-03-02", () => []);
  let dir: string;
  /** Files that must not be in the sources folder (the curation file, the output). */
  let outside: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "cz-export-"));
    outside = mkdtempSync(join(tmpdir(), "cz-export-out-"));
    for (const f of ["seed-article.txt", "seed-article.json"])
      copyFileSync(join(SOURCES_DIR, f), join(dir, f));
  }, 120_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it("is a .txt, a .json as sources read it, and a curation file only when it has entries", () => {
    const files = additionSourceFiles(reviewed);
    expect(files.txtName).toBe(`${reviewed.article.id}.txt`);
    expect(files.txt).toBe(NEW_TEXT);
    expect(files.json.endsWith("}\n")).toBe(true);
    expect(sourceMetaSchema.parse(JSON.parse(files.json))).toEqual({
      title: "测试报道",
      publisher: "常州市人民政府",
      published: "2024-05-17",
      url: "https://example.invalid/1",
    });
    expect(files.curationName).toBe(`${reviewed.article.id}.curation.json`);
    expect(curationSchema.parse(JSON.parse(files.curation!)).entries).toEqual(reviewed.curation);
    expect(additionSourceFiles(joining)).toMatchObject({ curationName: null, curation: null });
  });

  it("builds with the seed to the same records as layered over the seed", () => {
    const entries: CurationEntry[] = [];
    for (const a of [reviewed, joining]) {
      const files = additionSourceFiles(a);
      writeFileSync(join(dir, files.txtName), files.txt);
      writeFileSync(join(dir, files.jsonName), files.json);
      if (files.curationName) {
        writeFileSync(join(dir, files.curationName), files.curation!);
        entries.push(...readJsonFile(join(dir, files.curationName), curationSchema, "missing").entries);
      }
    }
    const articles = readSources(dir);
    expect(articles.map((a) => a.id)).toEqual(
      [reviewed.article.id, joining.article.id, "seed-article"].sort(),
    );
    for (const a of [reviewed, joining])
      expect(articles.find((x) => x.id === a.article.id)).toEqual(a.article);
    expect(readFileSync(join(dir, `${reviewed.article.id}.txt`), "utf8")).toBe(NEW_TEXT);

    const built = buildDataset(articles, { entries }, AT);
    const layered = layerAdditions(seedDataset(), [reviewed, joining]).dataset;
    for (const a of [reviewed, joining]) {
      const id = a.article.id;
      const projects = (d: typeof built) => d.projects.filter((p) => p.sourceIds.includes(id));
      const amounts = (d: typeof built) => d.amounts.filter((m) => m.sourceId === id);
      expect(projects(built).length).toBeGreaterThan(0);
      expect(projects(built)).toEqual(projects(layered));
      expect(amounts(built)).toEqual(amounts(layered));
    }
    expect(built.projects.find((p) => p.name === "智能装备检测中心项目")?.sectorId).toBe(
      "smart-manufacturing",
    );
    expect(built.amounts.some((m) => m.text === "年产值8亿元")).toBe(false);
    expect(built.projects).toEqual(layered.projects);
    // The joining report is part of the seed's undertaking in both, under the seed's id.
    expect(built.projects.filter((p) => p.sourceIds.includes(joining.article.id)).map((p) => p.id)).toEqual([
      "prj-3bc4303620",
    ]);
  });

  it("builds with `cz build` from the sources folder alone: the exported curation file beside it is read", () => {
    // The previous test wrote the exported files into `dir`; an empty data/curation.json stands beside.
    const curationFile = join(outside, "curation.json");
    writeFileSync(curationFile, '{ "entries": [] }\n');
    const out = join(outside, "dataset.json");
    const run = spawnSync(
      process.execPath,
      [CZ, "build", "--sources", dir, "--curation", curationFile, "--out", out],
      {
        encoding: "utf8",
        timeout: 120_000,
      },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const built = JSON.parse(readFileSync(out, "utf8")) as Dataset;
    const layered = layerAdditions(seedDataset(), [reviewed, joining]).dataset;
    expect(built.projects).toEqual(layered.projects);
    expect(built.amounts).toEqual(layered.amounts);
    expect(built.amounts.some((m) => m.text === "年产值8亿元")).toBe(false);
  });

  it("refuses an exported entry whose id data/curation.json already uses, naming both files", () => {
    const files = additionSourceFiles(reviewed);
    const clash = join(outside, "clash.json");
    writeFileSync(clash, JSON.stringify({ entries: [reviewed.curation[0]] }));
    const run = spawnSync(
      process.execPath,
      [CZ, "build", "--sources", dir, "--curation", clash, "--out", join(outside, "never.json")],
      { encoding: "utf8", timeout: 120_000 },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(files.curationName!);
    expect(run.stderr).toContain(`'${reviewed.curation[0]!.id}'`);
    expect(run.stderr).toContain(clash);
  });
});
