/**
 * The Add article tab rendered to HTML (no DOM, as render.test.tsx): the empty form, a review of the seed's
 * 大唐 paragraph with its quotes marked and its garbled figure flagged, a correction waiting for its reason, the
 * workbook's additions and the stored-additions errors, in both languages.
 */
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { PARAGRAPH_META, PARAGRAPH_PROJECT, seedParagraph } from "../../test/fixtures/seedParagraph";
import { reviewAddition } from "../ingest/additions/reviewAddition";
import type { Addition } from "../ingest/additions/types";
import type { LayersState } from "../runtime/localLayers";
import { AddArticleTab } from "./AddArticleTab";
import { BUSY } from "./additionsFlow";
import { ADDITION_STRINGS } from "./additionStrings";
import { EMPTY_FIELDS } from "./ArticleForm";
import { type Language, STRINGS } from "./i18n";
import { NO_CHOICES, type ReviewChoices, correct } from "./reviewChoices";
import type { AdditionsController } from "./useAdditions";
import type { AddSession } from "./useAddSession";
import { LanguageContext } from "./useLanguage";
import { PaneHeader } from "./PaneHeader";
import type { DatasetView } from "./datasetView";

const REVIEW = reviewAddition({ text: seedParagraph(), ...PARAGRAPH_META }, "2026-12-03");
const ADDITION: Addition = { article: REVIEW.article, curation: [], addedAt: "2026-12-03T00:00:00.000Z" };

function session(over: Partial<AddSession> = {}): AddSession {
  const noop = () => undefined;
  return {
    fields: EMPTY_FIELDS,
    setFields: noop,
    review: null,
    stale: false,
    choices: NO_CHOICES,
    setChoices: noop,
    message: null,
    setMessage: noop,
    extract: async () => undefined,
    extracting: false,
    clear: noop,
    add: async () => undefined,
    ...over,
  };
}

function additions(state: Partial<LayersState> = {}): AdditionsController {
  return {
    state: {
      published: null,
      additions: [],
      readError: null,
      layerError: null,
      layered: null,
      additionsRead: true,
      ...state,
    },
    busy: false,
    add: async () => ({ ok: false, failure: BUSY }),
    remove: async () => ({ ok: false, failure: BUSY }),
    clearUnreadable: async () => ({ ok: false, failure: BUSY }),
  };
}

function html(language: Language, s: AddSession, a: AdditionsController = additions()): string {
  return renderToString(
    <FluentProvider theme={webLightTheme}>
      <LanguageContext.Provider value={{ language, strings: STRINGS[language] }}>
        <AddArticleTab session={s} additions={a} dataset={null} refreshing={false} />
      </LanguageContext.Provider>
    </FluentProvider>,
  );
}

const count = (markup: string, id: string) => markup.split(`data-testid="${id}"`).length - 1;

describe("the addition strings", () => {
  test("both languages have the same keys, none empty", () => {
    expect(Object.keys(ADDITION_STRINGS.zh).sort()).toEqual(Object.keys(ADDITION_STRINGS.en).sort());
    for (const table of Object.values(ADDITION_STRINGS))
      for (const [key, value] of Object.entries(table))
        if (typeof value === "string") expect(`${key}:${value.trim()}`).not.toBe(`${key}:`);
  });
});

describe.each(["en", "zh"] as const)("the Add article tab in %s", (language) => {
  const s = ADDITION_STRINGS[language];

  test("empty: the form with the date's reason, and no additions yet", () => {
    const markup = html(language, session());
    for (const id of [
      "add-text",
      "add-title",
      "add-publisher",
      "add-published",
      "add-extract",
      "additions-empty",
    ])
      expect(count(markup, id)).toBe(1);
    expect(markup).toContain(s.publishedHint);
    expect(count(markup, "add-review")).toBe(0);
  });

  test("a review lists the paragraph's project and figures, quotes marked, the garbled figure flagged", () => {
    const markup = html(language, session({ review: { review: REVIEW, ms: 12, fields: EMPTY_FIELDS } }));
    expect(count(markup, "review-project")).toBe(REVIEW.projects.length);
    expect(count(markup, "review-figure")).toBe(REVIEW.amounts.length);
    expect(markup).toMatch(new RegExp(`<mark[^>]*>${PARAGRAPH_PROJECT}</mark>`));
    expect(markup).toContain(STRINGS[language].qualifierGarbled);
    expect(markup).toContain(s.found(REVIEW.projects.length, REVIEW.amounts.length, 12));
    // Nothing changed yet: Add is enabled.
    expect(markup).not.toMatch(/data-testid="add-confirm"[^>]*disabled/);
  });

  test("a correction without its reason holds Add back and asks for the reason", () => {
    const project = REVIEW.projects[0]!;
    const choices: ReviewChoices = correct(NO_CHOICES, "sectors", project.id, "hydrogen");
    const markup = html(
      language,
      session({ review: { review: REVIEW, ms: 12, fields: EMPTY_FIELDS }, choices }),
    );
    expect(count(markup, "review-reason")).toBe(1);
    expect(markup).toContain(s.reasonNeeded);
    expect(markup).toMatch(/data-testid="add-confirm"[^>]*disabled|disabled[^>]*data-testid="add-confirm"/);
  });

  test("the workbook's additions are listed with remove and export; stored-additions errors are shown", () => {
    const markup = html(
      language,
      session(),
      additions({ additions: [ADDITION], readError: "part unreadable", layerError: "rule changed" }),
    );
    expect(count(markup, "addition-item")).toBe(1);
    expect(count(markup, "addition-remove")).toBe(1);
    expect(count(markup, "addition-export")).toBe(1);
    expect(count(markup, "additions-unreadable")).toBe(1);
    expect(count(markup, "additions-layer-error")).toBe(1);
    expect(count(markup, "additions-clear")).toBe(1);
    expect(markup).toContain(PARAGRAPH_META.title);
    // Unreadable stored additions are never overwritten: remove is disabled.
    expect(markup).toMatch(
      /data-testid="addition-remove"[^>]*disabled|disabled[^>]*data-testid="addition-remove"/,
    );
  });

  test("a review of text or details changed since Extract holds Add back and says to extract again", () => {
    const markup = html(
      language,
      session({ review: { review: REVIEW, ms: 12, fields: EMPTY_FIELDS }, stale: true }),
    );
    expect(count(markup, "add-stale")).toBe(1);
    expect(markup).toMatch(/data-testid="add-confirm"[^>]*disabled|disabled[^>]*data-testid="add-confirm"/);
  });
});

describe("the pane's header with local additions", () => {
  const view = (version: string) => ({ version, builtAt: "2026-01-01T00:00:00.000Z" }) as DatasetView;
  const header = (v: DatasetView, publishedVersion: string | null) =>
    renderToString(
      <FluentProvider theme={webLightTheme}>
        <LanguageContext.Provider value={{ language: "en", strings: STRINGS.en }}>
          <PaneHeader view={v} publishedVersion={publishedVersion} />
        </LanguageContext.Provider>
      </FluentProvider>,
    );
  test("names the published and the local version", () =>
    expect(header(view("3ba877ea9857454c+0f1e2d3c4b5a"), "3ba877ea9857454c")).toContain(
      ADDITION_STRINGS.en.version("3ba877ea9857454c", "0f1e2d3c4b5a"),
    ));
  test("a publisher's own version with a + in it is one version", () =>
    expect(header(view("1.2.0+build5"), "1.2.0+build5")).toContain(
      STRINGS.en.datasetVersion("1.2.0+build5"),
    ));
});
