/**
 * Excel.CustomXmlPartCollection, CustomXmlPartScopedCollection and CustomXmlPart (all ExcelApi 1.5): XML
 * documents stored in the workbook file, kept through save, reopen and e-mail. A part's namespace is its root
 * element's; `add` and `setXml` refuse text that is not well-formed XML.
 */
import { ERROR_CODES, fail } from "./errors";
import { defineKind } from "./kinds";
import type { CustomXmlPartModel, WorkbookModel } from "./workbookModel";
import { readXmlRoot } from "./xmlText";

const API = "1.5";

/** The namespace of well-formed XML; InvalidArgument (at sync, as Excel answers) otherwise. */
export function namespaceOf(xml: unknown): string {
  if (typeof xml !== "string")
    return fail(ERROR_CODES.invalidArgument, "a custom XML part's XML is a string");
  const root = readXmlRoot(xml);
  return "error" in root
    ? fail(ERROR_CODES.invalidArgument, `The XML is not well-formed: ${root.error}.`)
    : root.namespaceUri;
}

/** Adds a part; `id` keeps the id a reopened file stored, else a new GUID-shaped one is chosen. */
export function addCustomXmlPart(wb: WorkbookModel, xml: string, id?: string): CustomXmlPartModel {
  namespaceOf(xml);
  const taken = (candidate: string) => wb.customXmlParts.some((p) => p.id === candidate);
  if (id !== undefined && taken(id)) fail(ERROR_CODES.itemAlreadyExists, `a custom XML part ${id} exists`);
  // Ids a reopened file brought may look like ours: skip those.
  const newId = () => `{00000000-0000-4000-8000-${wb.nextId("").padStart(12, "0")}}`;
  let chosen = id ?? newId();
  while (id === undefined && taken(chosen)) chosen = newId();
  const part: CustomXmlPartModel = { id: chosen, xml, deleted: false };
  wb.customXmlParts.push(part);
  return part;
}

const byId = (parts: CustomXmlPartModel[], id: unknown) => parts.find((p) => p.id === String(id));
const inScope = (wb: WorkbookModel, s: Scope) =>
  wb.customXmlParts.filter((p) => s.namespaceUri === null || namespaceOf(p.xml) === s.namespaceUri);

/** The whole collection (namespaceUri null) or the parts of one namespace, read at each command. */
interface Scope {
  namespaceUri: string | null;
}

const getItem = {
  returns: "CustomXmlPart",
  api: API,
  run: (s: Scope, [id]: unknown[], env: { wb: WorkbookModel }) =>
    byId(inScope(env.wb, s), id) ?? fail(ERROR_CODES.itemNotFound, `no custom XML part ${String(id)}`),
};
const getItemOrNullObject = {
  returns: "CustomXmlPart",
  orNull: true,
  api: API,
  run: (s: Scope, [id]: unknown[], env: { wb: WorkbookModel }) => byId(inScope(env.wb, s), id) ?? null,
};
const getCount = {
  returns: "result",
  api: API,
  run: (s: Scope, _a: unknown[], env: { wb: WorkbookModel }) => inScope(env.wb, s).length,
};

export const CUSTOM_XML_PART_COLLECTION = defineKind<Scope>({
  name: "CustomXmlPartCollection",
  items: { kind: "CustomXmlPart", list: (s, env) => inScope(env.wb, s) },
  methods: {
    add: {
      returns: "CustomXmlPart",
      api: API,
      run: (_s, [xml], env) => addCustomXmlPart(env.wb, xml as string),
    },
    getByNamespace: {
      returns: "CustomXmlPartScopedCollection",
      api: API,
      run: (_s, [ns]) =>
        typeof ns === "string"
          ? { namespaceUri: ns }
          : fail(ERROR_CODES.invalidArgument, "getByNamespace takes a namespace URI"),
    },
    getItem,
    getItemOrNullObject,
    getCount,
  },
});

/**
 * The docs say only that getOnlyItem "produces an error" unless there is exactly one part; the stand-in answers
 * ItemNotFound for none and InvalidOperation for several, so code cannot rely on more than "it fails".
 */
export const CUSTOM_XML_PART_SCOPED_COLLECTION = defineKind<Scope>({
  name: "CustomXmlPartScopedCollection",
  items: { kind: "CustomXmlPart", list: (s, env) => inScope(env.wb, s) },
  methods: {
    getItem,
    getItemOrNullObject,
    getCount,
    getOnlyItem: {
      returns: "CustomXmlPart",
      api: API,
      run: (s, _a, env) => {
        const parts = inScope(env.wb, s);
        if (parts.length === 0) fail(ERROR_CODES.itemNotFound, `no custom XML part in ${s.namespaceUri}`);
        if (parts.length > 1)
          fail(ERROR_CODES.invalidOperation, `${parts.length} custom XML parts in ${s.namespaceUri}`);
        return parts[0];
      },
    },
    getOnlyItemOrNullObject: {
      returns: "CustomXmlPart",
      orNull: true,
      api: API,
      run: (s, _a, env) => {
        const parts = inScope(env.wb, s);
        return parts.length === 1 ? parts[0] : null;
      },
    },
  },
});

export const CUSTOM_XML_PART = defineKind<CustomXmlPartModel>({
  name: "CustomXmlPart",
  alive: (p) => !p.deleted,
  props: {
    id: { api: API, get: (p) => p.id },
    namespaceUri: { api: API, get: (p) => namespaceOf(p.xml) },
  },
  methods: {
    getXml: { returns: "result", api: API, run: (p) => p.xml },
    setXml: {
      returns: "void",
      api: API,
      run: (p, [xml]) => {
        namespaceOf(xml);
        p.xml = xml as string;
      },
    },
    delete: {
      returns: "void",
      api: API,
      run: (p, _a, env) => {
        p.deleted = true;
        env.wb.customXmlParts = env.wb.customXmlParts.filter((x) => x !== p);
      },
    },
  },
});
