/**
 * A tiny static server for the end-to-end tests: the add-in's build folder, plus documents the test sets at
 * given paths (datasets: the seed, a newer version, an invalid one). Listens on 127.0.0.1 at a free port and is
 * addressed as http://localhost:PORT, since the pane accepts plain http only for localhost. Unknown paths are 404.
 * A path can be held: its requests wait until the test releases them, so a refresh stays in progress for as long
 * as the test needs (a screenshot of the progress).
 */
import { readFile } from "node:fs/promises";
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export interface TestServer {
  /** http://localhost:PORT */
  origin: string;
  /** Serves `body` as JSON at `path` (replacing what was there). */
  setJson(path: string, body: unknown): void;
  /** Holds the requests for `path` until the returned function is called. */
  hold(path: string): () => void;
  /** How many GET requests each path has had. */
  hits(path: string): number;
  close(): Promise<void>;
}

export async function serve(root: string): Promise<TestServer> {
  const documents = new Map<string, string>();
  const held = new Map<string, { until: Promise<void>; release: () => void }>();
  const counts = new Map<string, number>();

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, {
      "Content-Type": type,
      "Cache-Control": "no-store",
      "Access-Control-Allow-Origin": "*",
    });
    res.end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    counts.set(path, (counts.get(path) ?? 0) + 1);
    await held.get(path)?.until;
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, TYPES[".txt"]!, "GET only");
    const document = documents.get(path);
    if (document !== undefined) return send(res, 200, TYPES[".json"]!, document);
    const file = normalize(join(root, path === "/" ? "taskpane.html" : path));
    if (!file.startsWith(root + sep)) return send(res, 403, TYPES[".txt"]!, "outside the root");
    try {
      const body = await readFile(file);
      send(res, 200, TYPES[extname(file)] ?? "application/octet-stream", body);
    } catch {
      send(res, 404, TYPES[".txt"]!, `not found: ${path}`);
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, TYPES[".txt"]!, String(error));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://localhost:${port}`,
    setJson: (path, body) => void documents.set(path, JSON.stringify(body)),
    hold(path) {
      let release!: () => void;
      const until = new Promise<void>((resolve) => (release = resolve));
      const gate = { until, release };
      held.set(path, gate);
      return () => {
        if (held.get(path) === gate) held.delete(path);
        release();
      };
    },
    hits: (path) => counts.get(path) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const gate of held.values()) gate.release();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on (taken from the system, then freed), for a download that must fail. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
