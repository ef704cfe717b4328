/**
 * The shared runtime's one writer of the CZ data (see workbookWriter.ts): the pane's Refresh and additions and
 * the start-up's repair all go through it, so their writes never interleave.
 */
import { workbookDoor } from "../excel/door";
import { sharedLayers } from "./sharedLayers";
import { createWorkbookWriter } from "./workbookWriter";

export const sharedWriter = createWorkbookWriter({ door: workbookDoor, layers: sharedLayers });
