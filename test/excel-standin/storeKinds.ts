/** Excel.NamedItem, Setting and Comment, with their collections: what a workbook stores beside its cells. */
import { formatAddress, parseRect, splitSheet } from "./addresses";
import { ERROR_CODES, fail } from "./errors";
import { Ref, defineKind, type Env } from "./kinds";
import { rangeArg, rangeOf, type RangeB } from "./rangeKinds";
import type { SheetModel } from "./sheetModel";
import { cellRect, type CommentModel, type NameModel, type WorkbookModel } from "./workbookModel";

const ro = <B>(get: (b: B, env: Env) => unknown, api?: string) => ({ get, api });

const NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

/** What a named item's formula evaluates to, with Excel's type for it. */
export function nameValue(wb: WorkbookModel, formula: string): { type: string; value: unknown } {
  const body = formula.replace(/^=/, "");
  const text = /^"((?:[^"]|"")*)"$/.exec(body);
  if (text) return { type: "String", value: text[1]!.replace(/""/g, '"') };
  if (/^[+-]?\d+(\.\d+)?$/.test(body))
    return { type: Number.isInteger(Number(body)) ? "Integer" : "Double", value: Number(body) };
  if (/^(true|false)$/i.test(body)) return { type: "Boolean", value: body.toUpperCase() === "TRUE" };
  const { sheet, cells } = splitSheet(body);
  if (sheet !== null && wb.sheetByName(sheet)) return { type: "Range", value: body };
  return { type: "Error", value: cells ? "#NAME?" : "#REF!" };
}

export const NAMED_ITEM_COLLECTION = defineKind<WorkbookModel>({
  name: "NamedItemCollection",
  items: { kind: "NamedItem", list: (wb) => wb.names },
  methods: {
    add: {
      returns: "NamedItem",
      api: "1.4",
      run: (wb, [name, reference, comment]) => {
        const n = String(name);
        if (!NAME.test(n) || /^[A-Za-z]{1,3}\d+$/.test(n))
          fail(ERROR_CODES.invalidArgument, `'${n}' is not a valid name`);
        if (wb.names.some((x) => x.name.toLowerCase() === n.toLowerCase()) || wb.tableByName(n)) {
          fail(ERROR_CODES.itemAlreadyExists, `the name '${n}' already exists`);
        }
        const formula =
          reference instanceof Ref
            ? `=${formatAddress((reference.binding as RangeB).sheet.name, (reference.binding as RangeB).rect, true)}`
            : String(reference).startsWith("=")
              ? String(reference)
              : `=${String(reference)}`;
        const item: NameModel = { name: n, formula, comment: String(comment ?? ""), visible: true };
        wb.names.push(item);
        return item;
      },
    },
    getItem: {
      returns: "NamedItem",
      run: (wb, [name]) => findName(wb, name) ?? fail(ERROR_CODES.itemNotFound, `no name '${String(name)}'`),
    },
    getItemOrNullObject: {
      returns: "NamedItem",
      orNull: true,
      api: "1.4",
      run: (wb, [name]) => findName(wb, name) ?? null,
    },
    getCount: { returns: "result", api: "1.4", run: (wb) => wb.names.length },
  },
});

const findName = (wb: WorkbookModel, name: unknown) =>
  wb.names.find((n) => n.name.toLowerCase() === String(name).toLowerCase());

export const NAMED_ITEM = defineKind<NameModel>({
  name: "NamedItem",
  props: {
    name: ro((n) => n.name),
    type: ro((n, env) => nameValue(env.wb, n.formula).type),
    value: ro((n, env) => nameValue(env.wb, n.formula).value),
    formula: {
      api: "1.7",
      get: (n) => n.formula,
      set: (n, v) => (n.formula = String(v).startsWith("=") ? String(v) : `=${String(v)}`),
    },
    comment: { api: "1.4", get: (n) => n.comment, set: (n, v) => (n.comment = String(v)) },
    visible: { get: (n) => n.visible, set: (n, v) => (n.visible = !!v) },
    scope: ro(() => "Workbook", "1.4"),
  },
  methods: {
    delete: {
      returns: "void",
      api: "1.4",
      run: (n, _a, env) => void (env.wb.names = env.wb.names.filter((x) => x !== n)),
    },
    getRange: {
      returns: "Range",
      run: (n, _a, env) => {
        const { sheet, cells } = splitSheet(n.formula.replace(/^=/, ""));
        const target = sheet === null ? undefined : env.wb.sheetByName(sheet);
        return target
          ? rangeOf(target, parseRect(cells))
          : fail(ERROR_CODES.invalidOperation, `'${n.name}' is no range`);
      },
    },
  },
});

/** Settings hold JSON: a value goes in and comes out as a copy, as Excel serializes it. */
const clone = (v: unknown) => (v === undefined ? null : JSON.parse(JSON.stringify(v)));

export const SETTING_COLLECTION = defineKind<WorkbookModel>({
  name: "SettingCollection",
  items: { kind: "Setting", list: (wb) => [...wb.settings.keys()].map((key) => ({ key })) },
  methods: {
    add: {
      returns: "Setting",
      api: "1.4",
      run: (wb, [key, value]) => {
        if (typeof key !== "string" || !key) fail(ERROR_CODES.invalidArgument, "a setting needs a key");
        wb.settings.set(key as string, clone(value));
        return { key };
      },
    },
    getItem: {
      returns: "Setting",
      api: "1.4",
      run: (wb, [key]) =>
        wb.settings.has(String(key))
          ? { key }
          : fail(ERROR_CODES.itemNotFound, `no setting '${String(key)}'`),
    },
    getItemOrNullObject: {
      returns: "Setting",
      orNull: true,
      api: "1.4",
      run: (wb, [key]) => (wb.settings.has(String(key)) ? { key } : null),
    },
    getCount: { returns: "result", api: "1.4", run: (wb) => wb.settings.size },
  },
});

export const SETTING = defineKind<{ key: string }>({
  name: "Setting",
  props: {
    key: ro((s) => s.key, "1.4"),
    value: {
      api: "1.4",
      get: (s, env) => clone(env.wb.settings.get(s.key)),
      set: (s, v, env) => void env.wb.settings.set(s.key, clone(v)),
    },
  },
  methods: {
    delete: { returns: "void", api: "1.4", run: (s, _a, env) => void env.wb.settings.delete(s.key) },
  },
});

const commentsOf = (wb: WorkbookModel, sheet: SheetModel | null) =>
  wb.comments.filter((c) => !c.deleted && (sheet === null || c.sheet === sheet));

export const COMMENT_COLLECTION = defineKind<{ sheet: SheetModel | null }>({
  name: "CommentCollection",
  items: { kind: "Comment", list: (b, env) => commentsOf(env.wb, b.sheet) },
  methods: {
    add: {
      returns: "Comment",
      api: "1.10",
      run: (b, [cellAddress, content], env) => {
        const target = rangeArg(env, cellAddress, b.sheet);
        if (target.rect.rows * target.rect.columns !== 1)
          fail(ERROR_CODES.invalidArgument, "a comment goes on one cell");
        const { row, column } = target.rect;
        if (commentsOf(env.wb, target.sheet).some((c) => c.row === row && c.column === column)) {
          fail(ERROR_CODES.invalidOperation, "the cell already has a comment");
        }
        const comment: CommentModel = {
          id: env.wb.nextId("{comment-"),
          sheet: target.sheet,
          row,
          column,
          content: String(content),
          deleted: false,
        };
        env.wb.comments.push(comment);
        return comment;
      },
    },
    getCount: { returns: "result", api: "1.10", run: (b, _a, env) => commentsOf(env.wb, b.sheet).length },
  },
});

export const COMMENT = defineKind<CommentModel>({
  name: "Comment",
  alive: (c) => !c.deleted,
  props: {
    id: ro((c) => c.id, "1.10"),
    content: { api: "1.10", get: (c) => c.content, set: (c, v) => (c.content = String(v)) },
    authorName: ro(() => "Stand-in", "1.10"),
  },
  methods: {
    delete: { returns: "void", api: "1.10", run: (c) => void (c.deleted = true) },
    getLocation: {
      returns: "Range",
      api: "1.10",
      run: (c) => ({ sheet: c.sheet, rect: cellRect(c.row, c.column) }),
    },
  },
});
