import { nearest, parseCommand } from "./commandLine";
import { UsageError } from "./usageError";

const EXPORT = { out: { type: "string" }, dataset: { type: "string" } } as const;

const message = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error("no error");
};

describe("parseCommand", () => {
  it("names the nearest option for an unknown one, and lists the command's options", () => {
    expect(message(() => parseCommand("export", ["--output", "x.xlsx"], EXPORT))).toBe(
      "cz export has no option --output: did you mean --out? Its options: --out VALUE, --dataset VALUE.",
    );
  });

  it.each([
    [["--datset", "d.json"], "did you mean --dataset?"],
    [["-o", "x.xlsx"], "did you mean --out?"],
    [["--zzz"], "cz export has no option --zzz. Its options"],
  ])("%j: %s", (args, expected) => {
    expect(message(() => parseCommand("export", args, EXPORT))).toContain(expected);
  });

  it("never passes on Node's own wording", () => {
    expect(message(() => parseCommand("export", ["--output", "x"], EXPORT))).not.toMatch(
      /positional argument|--'/,
    );
  });

  it("says an option needs a value, and that a flag takes none", () => {
    expect(message(() => parseCommand("export", ["--out"], EXPORT))).toBe("--out needs a value: --out VALUE");
    expect(message(() => parseCommand("extract", ["--json=yes"], { json: { type: "boolean" } }))).toBe(
      "--json takes no value",
    );
  });

  it("says a command takes no file", () => {
    expect(message(() => parseCommand("build", ["data"], {}, false))).toBe(
      "cz build takes no file or value of its own (got 'data')",
    );
  });

  it("reads good options as parseArgs does", () => {
    expect(parseCommand("export", ["--out", "x.xlsx"], EXPORT).values).toEqual({ out: "x.xlsx" });
  });
});

describe("nearest", () => {
  it.each([
    ["biuld", ["build", "extract", "export"], "build"],
    ["exprot", ["build", "extract", "export"], "export"],
    ["output", ["out", "dataset"], "out"],
    ["fetc", ["fetch", "add"], "fetch"],
    ["zzzzzz", ["build", "extract"], null],
  ])("%s → %s", (typed, known, expected) => {
    expect(nearest(typed, known)).toBe(expected);
  });
});
