/**
 * npm stop: ends what `npm start` started: unregisters the add-in from Excel desktop where it was sideloaded
 * (office-addin-debugging stop) and ends the background dev server recorded in its PID file.
 */
import { existsSync, rmSync } from "node:fs";
import {
  PID_FILE,
  SIDELOAD_FILE,
  clearPid,
  isOurServer,
  readPid,
  runOfficeAddinDebugging,
  stopTree,
} from "./devServer";

async function main(): Promise<number> {
  let code = 0;
  if (existsSync(SIDELOAD_FILE)) {
    console.log("Removing the sideloaded add-in from Excel desktop (office-addin-debugging stop) …");
    if (!runOfficeAddinDebugging("stop")) code = 1;
    rmSync(SIDELOAD_FILE, { force: true });
  }

  const pid = readPid();
  if (pid === null || !isOurServer(pid)) {
    console.log(
      pid === null ? "No dev server is running." : `The dev server (pid ${pid}) had already stopped.`,
    );
    clearPid();
    return code;
  }
  if (!(await stopTree(pid))) {
    console.error(`The dev server (pid ${pid}) did not stop; its PID is in ${PID_FILE}.`);
    return 1;
  }
  clearPid();
  console.log(`Stopped the dev server (pid ${pid}).`);
  return code;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`npm stop: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
