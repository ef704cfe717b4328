/**
 * The stored form of the additions (in the workbook): versioned JSON, read back through a schema, so a part
 * edited by hand or written by a later add-in is refused naming where and what, never layered half-read.
 */
import { z } from "zod";
import { isoDate } from "../../core/dataset";
import { sha256Hex } from "../../core/hash";
import { AdditionError } from "../additionInput";
import { curationEntrySchema } from "../curation";
import type { Addition } from "./types";

export const ADDITIONS_FORMAT = 1;

const articleSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "not a source id"),
    title: z.string().min(1),
    publisher: z.string().min(1),
    published: isoDate.nullable(),
    url: z.string().nullable(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, "not a SHA-256"),
    text: z.string().min(1),
  })
  // A text changed after it was hashed would give records that no export of it reproduces.
  .refine((a) => sha256Hex(a.text) === a.sha256, {
    message: "the text does not match its sha256",
    path: ["sha256"],
  });

const payloadSchema = z.object({
  format: z.literal(ADDITIONS_FORMAT),
  additions: z.array(
    z.object({ article: articleSchema, curation: z.array(curationEntrySchema), addedAt: z.string().min(1) }),
  ),
});

export function serializeAdditions(additions: readonly Addition[]): string {
  return JSON.stringify({ format: ADDITIONS_FORMAT, additions });
}

/**
 * @param where what the JSON was read from, for the message ("the workbook's additions part")
 * @throws AdditionError "invalid" naming `where` and the path of the first problem
 */
export function parseAdditions(json: string, where: string): Addition[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    const why = (e as Error).message;
    throw new AdditionError(
      "invalid",
      `${where} 不是有效的 JSON：${why}`,
      `${where} is not valid JSON: ${why}`,
    );
  }
  const parsed = payloadSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.map(String).join(".") || "(document)";
    throw new AdditionError(
      "invalid",
      `${where} 在 ${path} 处有误：${issue.message}`,
      `${where} has a bad value at '${path}': ${issue.message}`,
    );
  }
  return parsed.data.additions;
}
