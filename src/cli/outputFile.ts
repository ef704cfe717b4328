/**
 * Writing the command's output file (dist/dataset.json, an .xlsx) whole or not at all: a failed build or export
 * never leaves half a file, nor its temporary file, behind, and the reason names the path.
 */
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { InputError } from "./sources";

/**
 * Refuses an output path that cannot take a file (it is a folder), before any work is done.
 * @example checkOutputPath("dist") // throws InputError "dist is a folder: name a file to write, …"
 */
export function checkOutputPath(file: string): void {
  let isDirectory = false;
  try {
    isDirectory = statSync(file).isDirectory();
  } catch {
    return; // Missing is fine: the file is created (and its folder, if need be).
  }
  if (isDirectory) throw new InputError(file, "is a folder: name a file to write, e.g. out/dataset.json");
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // ENOTDIR and the like: the temporary file could not have been made there either.
  }
}

/**
 * Writes `content` to `file` through a temporary file beside it, renamed into place once complete.
 * @example writeAtomically("dist/dataset.json", "{…}\n")
 */
export function writeAtomically(file: string, content: string | Uint8Array): void {
  checkOutputPath(file);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (e) {
    removeQuietly(tmp);
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    const path = (e as NodeJS.ErrnoException).path;
    // mkdir names the part of the path that is in the way (a file where a folder should be).
    const where = path && path !== file && path !== tmp ? ` (${path} is in the way)` : "";
    // ENOTDIR: a file stands where a folder of the path should be.
    if (code === "ENOTDIR" && where === "")
      throw new InputError(file, "cannot be written: ENOTDIR (a file is in the way in its path)");
    throw new InputError(file, `cannot be written: ${code}${where}`);
  }
}
