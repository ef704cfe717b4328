/**
 * The article to add: its text (pasted, dropped or opened) and its metadata. The published date is asked for
 * plainly, with why: without it the pipeline cannot date 今年5月 and says so in the review.
 */
import { useRef, useState } from "react";
import { Button, Caption1, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { AdditionDraft } from "../ingest/additions/types";
import { type AdditionStrings, useAdditionStrings } from "./additionStrings";
import type { Language } from "./i18n";
import { inPaneLanguage } from "./paneLanguage";
import { useLanguage } from "./useLanguage";
import { loadPageReader } from "./pageReaderChunk";
import { type FileProblem, looksLikeHtmlPage, readArticleFile } from "./readArticleFile";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  text: { minHeight: "160px" },
  dropping: { outline: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  meta: { color: tokens.colorNeutralForeground3 },
  hidden: { display: "none" },
});

export interface DraftFields {
  text: string;
  title: string;
  publisher: string;
  published: string;
  url: string;
}

export const EMPTY_FIELDS: DraftFields = { text: "", title: "", publisher: "", published: "", url: "" };

/** The fields as the pipeline takes them: empty date and URL are "not given". */
export function draftOf(fields: DraftFields): AdditionDraft {
  const published = fields.published.trim();
  const url = fields.url.trim();
  return {
    text: fields.text,
    title: fields.title.trim(),
    publisher: fields.publisher.trim(),
    published: published === "" ? null : published,
    url: url === "" ? null : url,
  };
}

function fileProblemText(s: AdditionStrings, problem: FileProblem, language: Language): string {
  if (problem.kind === "type") return s.fileType(problem.name);
  if (problem.kind === "tooLarge") return s.fileTooLarge(problem.mb);
  // The reader's reason in the pane's language only (the browser's decoder speaks English).
  return s.fileUnreadable(problem.name, inPaneLanguage(problem.why, language) ?? "");
}

interface Props {
  fields: DraftFields;
  onChange: (fields: DraftFields) => void;
  onExtract: () => void;
  onClear: () => void;
  busy: boolean;
}

export function ArticleForm({ fields, onChange, onExtract, onClear, busy }: Props) {
  const styles = useStyles();
  const s = useAdditionStrings();
  const { language } = useLanguage();
  const [dropping, setDropping] = useState(false);
  const [fileNote, setFileNote] = useState<{ ok: boolean; text: string } | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  // Reading a file takes a moment: what the analyst types meanwhile must not be lost to the stale fields.
  const latest = useRef(fields);
  latest.current = fields;
  const set = (key: keyof DraftFields) => (_: unknown, data: { value: string }) =>
    onChange({ ...fields, [key]: data.value });

  /**
   * A web page's article and details, read as `cz add` reads them: the fields take what the page says (and are
   * emptied where it says nothing: they belonged to the previous text), and the note names what is missing.
   */
  const takePage = async (html: string, name: string) => {
    let page;
    try {
      page = (await loadPageReader()).readPageInBrowser(html);
    } catch {
      return setFileNote({ ok: false, text: s.pageReaderUnavailable });
    }
    if (page.text === "") return setFileNote({ ok: false, text: s.pageEmpty(name) });
    const fields = {
      text: page.text,
      title: page.title?.value ?? "",
      publisher: page.publisher?.value ?? "",
      published: page.published?.value ?? "",
      url: page.url?.value ?? "",
    };
    const missing = [
      [fields.title, s.titleLabel],
      [fields.publisher, s.publisherLabel],
      [fields.published, s.publishedLabel],
    ].flatMap(([value, label]) => (value === "" ? [label!] : []));
    setFileNote({ ok: true, text: s.pageRead(name, page.text.length, missing) });
    onChange({ ...latest.current, ...fields });
  };

  const takeFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readArticleFile(file);
    if (!read.ok) return setFileNote({ ok: false, text: fileProblemText(s, read.problem, language) });
    if (read.html) return takePage(read.text, read.name);
    setFileNote({ ok: true, text: s.fileRead(read.name, read.text.length) });
    // A file's name is a fair first title; the analyst corrects it.
    const now = latest.current;
    onChange({ ...now, text: read.text, title: now.title || read.name.replace(/\.[^.]+$/, "") });
  };

  return (
    <div className={styles.root}>
      <Caption1 className={styles.meta}>{s.intro}</Caption1>
      <Field
        label={s.textLabel}
        validationState={fileNote === null ? "none" : fileNote.ok ? "success" : "error"}
        validationMessage={fileNote?.text}
      >
        <Textarea
          className={dropping ? styles.dropping : undefined}
          textarea={{ className: styles.text }}
          resize="vertical"
          value={fields.text}
          placeholder={s.textPlaceholder}
          data-testid="add-text"
          onChange={(e, data) => {
            setFileNote(null);
            set("text")(e, data);
          }}
          onPaste={(event) => {
            // A page's source (saved or "view source") is read as a page, its details filled in.
            const pasted = event.clipboardData.getData("text/plain");
            if (!looksLikeHtmlPage(pasted)) return;
            event.preventDefault();
            void takePage(pasted, s.pastedPage);
          }}
          onDragOver={(event) => {
            event.preventDefault();
            setDropping(true);
          }}
          onDragLeave={() => setDropping(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDropping(false);
            void takeFile(event.dataTransfer.files[0]);
          }}
        />
      </Field>
      <div className={styles.row}>
        <Button size="small" onClick={() => picker.current?.click()} data-testid="add-open-file">
          {s.chooseFile}
        </Button>
        <input
          ref={picker}
          className={styles.hidden}
          type="file"
          accept=".txt,.html,.htm,text/plain,text/html"
          data-testid="add-file-input"
          onChange={(event) => {
            void takeFile(event.target.files?.[0]);
            event.target.value = "";
          }}
        />
        <Caption1 className={styles.meta}>{s.dropHint}</Caption1>
      </div>
      <Field label={s.titleLabel} required>
        <Input value={fields.title} onChange={set("title")} data-testid="add-title" />
      </Field>
      <Field label={s.publisherLabel} required>
        <Input value={fields.publisher} onChange={set("publisher")} data-testid="add-publisher" />
      </Field>
      <Field label={s.publishedLabel} hint={s.publishedHint}>
        <Input
          value={fields.published}
          placeholder="2018-11-13"
          inputMode="numeric"
          onChange={set("published")}
          data-testid="add-published"
        />
      </Field>
      <Field label={s.urlLabel}>
        <Input type="url" value={fields.url} onChange={set("url")} data-testid="add-url" />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={onExtract} data-testid="add-extract">
          {busy ? s.extracting : s.extract}
        </Button>
        <Button appearance="subtle" disabled={busy} onClick={onClear} data-testid="add-clear">
          {s.clear}
        </Button>
      </div>
    </div>
  );
}
