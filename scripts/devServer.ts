/**
 * What scripts/start.ts and scripts/stop.ts share: where the background dev server's state lives and how to
 * tell whether it still runs. The state sits under node_modules/.cache (ignored by git, removed by `npm ci`).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const ROOT = resolve(__dirname, "..");
export const MANIFEST = join(ROOT, "manifest.xml");
export const PORT = 3000;
export const PANE_URL = `https://localhost:${PORT}/taskpane.html`;
export const STATE_DIR = join(ROOT, "node_modules", ".cache", "cz-projects");
export const PID_FILE = join(STATE_DIR, "dev-server.pid");
export const LOG_FILE = join(STATE_DIR, "dev-server.log");
/** Present while the add-in is sideloaded into Excel desktop by office-addin-debugging. */
export const SIDELOAD_FILE = join(STATE_DIR, "sideloaded");

/** The CLI entry points, run with this Node (their .bin links are not executable on every install). */
export const WEBPACK_CLI = require.resolve("webpack/bin/webpack.js", { paths: [ROOT] });
export const DEBUGGING_CLI = join(ROOT, "node_modules", "office-addin-debugging", "cli.js");
export const CZ_CLI = join(ROOT, "bin", "cz.js");

export function ensureStateDir(): void {
  mkdirSync(STATE_DIR, { recursive: true });
}

export function readPid(): number | null {
  if (!existsSync(PID_FILE)) return null;
  const pid = Number(readFileSync(PID_FILE, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

export function writePid(pid: number): void {
  ensureStateDir();
  writeFileSync(PID_FILE, `${pid}\n`);
}

export function clearPid(): void {
  rmSync(PID_FILE, { force: true });
}

/**
 * Whether `pid` is alive and still our dev server (a PID can be reused after a reboot or a crash). Where the
 * command line can be read (Linux, macOS) it must mention webpack; elsewhere liveness is taken as enough.
 */
export function isOurServer(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false; // gone, or (EPERM) alive but someone else's
  }
  const commandLine = commandLineOf(pid);
  return commandLine === null || commandLine.includes("webpack");
}

function commandLineOf(pid: number): string | null {
  try {
    if (process.platform === "linux") return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
    if (process.platform === "darwin") {
      return execFileSync("ps", ["-o", "command=", "-p", String(pid)], { encoding: "utf8" });
    }
  } catch {
    return "";
  }
  return null;
}

/** Whether any process has this PID (ours or not, exiting or not). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function signalTree(pid: number, signal: NodeJS.Signals): void {
  if (process.platform === "win32") {
    try {
      execFileSync("taskkill", ["/pid", String(pid), "/t", "/f"], { stdio: "ignore" });
    } catch {
      // already gone
    }
    return;
  }
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, signal);
      return;
    } catch {
      // no such process group: try the process itself
    }
  }
}

/**
 * Ends the dev server started by start.ts and its children (it leads its own process group): SIGTERM, then
 * SIGKILL if it is still there after 10 s. True once the process is gone.
 */
export async function stopTree(pid: number): Promise<boolean> {
  signalTree(pid, "SIGTERM");
  for (let waited = 0; waited < 10_000 && isAlive(pid); waited += 200) await sleep(200);
  if (isAlive(pid)) {
    signalTree(pid, "SIGKILL");
    for (let waited = 0; waited < 3_000 && isAlive(pid); waited += 200) await sleep(200);
  }
  return !isAlive(pid);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/**
 * Runs office-addin-debugging (start or stop) for manifest.xml on the desktop and echoes its output. It exits
 * with 0 even when it fails, so failure is read from its "Error: …" line.
 */
export function runOfficeAddinDebugging(command: "start" | "stop", extra: string[] = []): boolean {
  const result = spawnSync(process.execPath, [DEBUGGING_CLI, command, MANIFEST, "desktop", ...extra], {
    cwd: ROOT,
    stdio: ["inherit", "pipe", "pipe"],
    encoding: "utf8",
  });
  process.stdout.write(result.stdout ?? "");
  process.stderr.write(result.stderr ?? "");
  const output = `${result.stdout ?? ""}\n${result.stderr ?? ""}`;
  return result.status === 0 && !/^Error:/m.test(output);
}
