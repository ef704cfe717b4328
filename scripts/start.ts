/**
 * npm start: builds the dataset (dist/dataset.json), serves the add-in on https://localhost:3000 from a
 * background webpack dev server (which compiles it), then sideloads it into Excel desktop where there is one
 * (Windows, macOS: office-addin-debugging), or prints how to sideload it into Excel on the web. `npm stop` ends
 * it all.
 *
 *   npm start                   build, serve, sideload (desktop) or print the web steps; with the server
 *                               already running, rebuild the dataset it serves (press Refresh in the pane)
 *   npm start -- --no-sideload  build and serve only
 *   npm start -- --desktop      sideload into Excel desktop even where Excel was not found
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:https";
import { createConnection } from "node:net";
import { homedir } from "node:os";
import { join } from "node:path";
import {
  CZ_CLI,
  LOG_FILE,
  MANIFEST,
  PANE_URL,
  PORT,
  ROOT,
  SIDELOAD_FILE,
  WEBPACK_CLI,
  clearPid,
  ensureStateDir,
  isOurServer,
  readPid,
  runOfficeAddinDebugging,
  sleep,
  stopTree,
  writePid,
} from "./devServer";

import { rebuildForRunningServer } from "./startWhileRunning";

const FIRST_COMPILE_TIMEOUT_MS = 240_000;
const DATASET_FILE = join(ROOT, "dist", "dataset.json");

/** Whether something accepts connections on localhost:`port`. */
function portInUse(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ host: "localhost", port });
    socket.once("connect", () => {
      socket.destroy();
      done(true);
    });
    socket.once("error", () => done(false));
  });
}

/** The HTTP status of GET `url`, or null when nothing answers. The dev CA need not be trusted by this OS. */
function statusOf(url: string): Promise<number | null> {
  return new Promise((done) => {
    const request = get(url, { rejectUnauthorized: false, timeout: 5_000 }, (response) => {
      response.resume();
      done(response.statusCode ?? null);
    });
    request.once("timeout", () => request.destroy());
    request.once("error", () => done(null));
  });
}

/** The `version` of a dataset served at `url` (or null), over the dev certificate this OS need not trust. */
function servedVersion(url: string): Promise<string | null> {
  return new Promise((done) => {
    const request = get(url, { rejectUnauthorized: false, timeout: 5_000 }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => {
        try {
          const version = (JSON.parse(body) as { version?: unknown }).version;
          done(response.statusCode === 200 && typeof version === "string" ? version : null);
        } catch {
          done(null);
        }
      });
    });
    request.once("timeout", () => request.destroy());
    request.once("error", () => done(null));
  });
}

function builtVersion(): string | null {
  try {
    const version = (JSON.parse(readFileSync(DATASET_FILE, "utf8")) as { version?: unknown }).version;
    return typeof version === "string" ? version : null;
  } catch {
    return null;
  }
}

function buildDataset(): number {
  return spawnSync(process.execPath, [CZ_CLI, "build"], { cwd: ROOT, stdio: "inherit" }).status ?? 1;
}

function logText(): string {
  return existsSync(LOG_FILE) ? readFileSync(LOG_FILE, "utf8") : "";
}

function logTail(lines = 40): string {
  return logText().trimEnd().split("\n").slice(-lines).join("\n");
}

/** Whether Excel desktop is installed here (only Windows and macOS have one). */
function excelDesktopFound(): boolean {
  if (process.platform === "darwin") return existsSync("/Applications/Microsoft Excel.app");
  if (process.platform !== "win32") return false;
  try {
    const key = "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe";
    execFileSync("reg", ["query", key], { stdio: "ignore" });
    return true;
  } catch {
    const roots = [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]].filter(Boolean) as string[];
    return roots.some(
      (root) =>
        existsSync(join(root, "Microsoft Office", "root", "Office16", "EXCEL.EXE")) ||
        existsSync(join(root, "Microsoft Office", "Office16", "EXCEL.EXE")),
    );
  }
}

function printWebSteps(): void {
  const ca = join(homedir(), ".office-addin-dev-certs", "ca.crt");
  console.log(
    [
      "",
      "Sideload into Excel on the web:",
      `  manifest: ${MANIFEST}`,
      `  1. In this machine's browser, open ${PANE_URL} once and accept the certificate (or trust ${ca}).`,
      "  2. Open a workbook in Excel on the web; choose Home (or Insert) > Add-ins > More Add-ins > Upload My Add-in.",
      "  3. Upload the manifest above; then Home > CZ Projects > Show pane.",
      "",
      "Stop the server with `npm stop`.",
    ].join("\n"),
  );
}

/** Starts `webpack serve` detached (its own process group), output to the log file; returns its PID. */
function startServer(): number {
  ensureStateDir();
  const log = openSync(LOG_FILE, "w");
  const child = spawn(process.execPath, [WEBPACK_CLI, "serve", "--mode", "development"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", log, log],
    windowsHide: true,
  });
  closeSync(log);
  if (child.pid === undefined) throw new Error("could not start webpack serve");
  child.unref();
  writePid(child.pid);
  return child.pid;
}

async function stopServer(pid: number): Promise<void> {
  await stopTree(pid);
  clearPid();
}

/** Waits for the first compilation: the page answers and the log says how it went. */
async function waitUntilServing(pid: number): Promise<"ok" | "errors" | "exited" | "timeout"> {
  const deadline = Date.now() + FIRST_COMPILE_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!isOurServer(pid)) return "exited";
    if ((await statusOf(PANE_URL)) === 200) {
      // webpack-cli logs "compiled successfully" / "compiled with N errors" when the compilation is done.
      for (let i = 0; i < 50 && !/compiled (successfully|with)/.test(logText()); i++) await sleep(200);
      return /compiled with \d+ errors?/.test(logText()) ? "errors" : "ok";
    }
    await sleep(500);
  }
  return "timeout";
}

async function main(args: string[]): Promise<number> {
  const sideload = !args.includes("--no-sideload");
  const forceDesktop = args.includes("--desktop");

  const running = readPid();
  if (running !== null && isOurServer(running))
    return rebuildForRunningServer(running, PANE_URL, {
      build: buildDataset,
      builtVersion,
      servedVersion: () => servedVersion(new URL("dataset.json", PANE_URL).toString()),
      log: (line) => console.log(line),
      error: (line) => console.error(line),
    });
  clearPid();
  if (await portInUse(PORT)) {
    console.error(
      `Port ${PORT} is in use by another program; the manifest needs https://localhost:${PORT}/.`,
    );
    return 1;
  }

  console.log("Building the dataset (cz build) …");
  const built = buildDataset();
  if (built !== 0) return built;

  console.log("Starting the HTTPS dev server (webpack serve) and compiling the add-in …");
  const pid = startServer();
  const outcome = await waitUntilServing(pid);
  if (outcome !== "ok") {
    const why = {
      errors: "the add-in did not compile",
      exited: "the dev server stopped",
      timeout: `no answer from ${PANE_URL} within ${FIRST_COMPILE_TIMEOUT_MS / 1000} s`,
    }[outcome];
    console.error(`\n${why}. Last lines of ${LOG_FILE}:\n\n${logTail()}\n`);
    await stopServer(pid);
    return 1;
  }
  console.log(`Serving ${PANE_URL} (pid ${pid}; log: ${LOG_FILE}).`);

  rmSync(SIDELOAD_FILE, { force: true });
  if (sideload && (forceDesktop || excelDesktopFound())) {
    console.log("Sideloading into Excel desktop (office-addin-debugging) …");
    // --dev-server-port: office-addin-debugging sees our server running and does not start another.
    if (runOfficeAddinDebugging("start", ["--dev-server-port", String(PORT)])) {
      writeFileSync(SIDELOAD_FILE, `${new Date().toISOString()}\n`);
      console.log("Excel opens with CZ Projects: Home > CZ Projects > Show pane. `npm stop` ends it.");
      return 0;
    }
    console.error("Sideloading into Excel desktop failed; the add-in is still served.");
  } else if (sideload) {
    console.log("Excel desktop was not found on this machine.");
  }
  printWebSteps();
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
