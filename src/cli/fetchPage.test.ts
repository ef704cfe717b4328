/**
 * The downloader's guard on DNS answers: a host name is resolved before the connection, and one that points at
 * this machine or a private network is refused there (no connection to it is made). The resolver is the test's,
 * and answers only loopback addresses: which addresses count as private is hostKind's test (src/core/pageUrl).
 */
import type { lookup as dnsLookup } from "node:dns";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { FetchError, fetchPage } from "./fetchPage";

let server: Server;
let port = 0;
let requests = 0;

beforeAll(async () => {
  server = createServer((_req, res) => {
    requests++;
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end("<p>正文</p>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A resolver that answers every name with `address`. */
const resolvesTo = (address: string) =>
  ((
    _host: string,
    _options: unknown,
    callback: (e: null, a: { address: string; family: number }[]) => void,
  ) => callback(null, [{ address, family: address.includes(":") ? 6 : 4 }])) as unknown as typeof dnsLookup;

describe("fetchPage's DNS guard", () => {
  it("refuses an internet name that resolves to this machine, before connecting", async () => {
    const before = requests;
    await expect(
      fetchPage(`https://news.example.cn:${port}/a.html`, { lookup: resolvesTo("127.0.0.1") }),
    ).rejects.toThrow(
      new FetchError("news.example.cn resolves to 127.0.0.1, a private or local address: refused"),
    );
    expect(requests).toBe(before);
  });

  it("lets localhost resolve to this machine: the user named it", async () => {
    const page = await fetchPage(`http://localhost:${port}/a.html`, { lookup: resolvesTo("127.0.0.1") });
    expect(page.bytes.toString("utf8")).toBe("<p>正文</p>");
  });
});
