/**
 * The one rule for a dataset's address, shared by the pane's data-source field (as the user types) and the
 * loader (before the download and again on the address the download ended at, after redirects):
 *
 * - https only; plain http only for `localhost`, where the development server and the tests serve the add-in
 *   (README: `npm start` serves https://localhost:3000; the browser tests serve http://localhost:PORT);
 * - no user name or password in the address: it would be saved in the workbook, and
 *   `http://localhost:80@evil.example/` is a trick to make evil.example look like localhost;
 * - no IP address of this machine or of a private network (127.0.0.1, 10.x, 192.168.x, [::1] …): a workbook
 *   shared by mail must not make the pane probe the reader's own network. `localhost` by name is the one
 *   loopback host allowed, for development.
 *
 * Pure: the WHATWG URL parser only, which also turns `http://2130706433/` into 127.0.0.1 before the checks.
 */

export type SourceUrlProblem = "notUrl" | "notHttps" | "credentials" | "privateHost";
export type SourceUrlCheck = { ok: true; url: string } | { ok: false; problem: SourceUrlProblem };

/** The one loopback host allowed by name, for development. */
const DEV_HOST = "localhost";

/** IPv4 addresses of this machine, private networks, link-local, carrier NAT and "this network". */
export function isPrivateIPv4(host: string): boolean {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168)
  );
}

/** IPv6 (the URL parser keeps the brackets): loopback, unspecified, unique-local, link-local, mapped IPv4. */
export function isPrivateIPv6(host: string): boolean {
  if (!host.startsWith("[")) return false;
  const ip = host.slice(1, -1).toLowerCase();
  if (ip === "::1" || ip === "::") return true;
  if (/^f[cd][0-9a-f]{2}:/.test(ip) || /^fe[89ab][0-9a-f]:/.test(ip)) return true;
  const mapped = /^::ffff:(.+)$/.exec(ip)?.[1];
  if (mapped === undefined) return false;
  // The parser writes a mapped IPv4 as hex (::ffff:7f00:1); turn it back into dotted form.
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(mapped);
  if (!hex) return isPrivateIPv4(mapped);
  const [hi, lo] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
  return isPrivateIPv4(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
}

/**
 * Checks a dataset address against the rule; never throws.
 * @example checkDatasetUrl("https://data.example.org/cz/dataset.json") // { ok: true, url: "https://data.example.org/cz/dataset.json" }
 * @example checkDatasetUrl("http://localhost:80@evil.example/") // { ok: false, problem: "credentials" }
 */
export function checkDatasetUrl(text: string): SourceUrlCheck {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, problem: "notUrl" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, problem: "notUrl" };
  if (url.username !== "" || url.password !== "") return { ok: false, problem: "credentials" };
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  if (isPrivateIPv4(host) || isPrivateIPv6(host) || (host !== DEV_HOST && host.endsWith(".localhost")))
    return { ok: false, problem: "privateHost" };
  if (url.protocol === "http:" && host !== DEV_HOST) return { ok: false, problem: "notHttps" };
  return { ok: true, url: url.toString() };
}

/** The rule's verdict in words, English and Chinese, for the loader's errors and the command line. */
export function describeSourceUrlProblem(problem: SourceUrlProblem): string {
  switch (problem) {
    case "notUrl":
      return "不是 https:// 网址 / is not an https:// address";
    case "notHttps":
      return "须以 https:// 开头 (http 仅限 localhost) / must use HTTPS (plain http only for localhost)";
    case "credentials":
      return "地址中不得含用户名或密码 / must not carry a user name or password";
    case "privateHost":
      return "不得指向本机或内网 IP 地址 / must not point at a loopback or private-network address";
  }
}
