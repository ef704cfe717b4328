/**
 * Which web pages `cz fetch` may download: the dataset address rule (src/core/sourceUrl) adapted to an address
 * the analyst types on their own command line, and applied again to every redirect and to the address a host
 * name resolves to.
 *
 * - https only on the internet; plain http only on this machine.
 * - This machine (localhost, 127.0.0.0/8, [::1]) only when the analyst names it: a page saved and served
 *   locally, and the tests, which serve their pages on 127.0.0.1. (The dataset rule refuses 127.0.0.1 because
 *   that address is saved in a workbook others open; this one is typed by the person who runs it.)
 * - Never a private network (10.x, 172.16–31.x, 192.168.x, link-local, carrier NAT, fc00::/7): no news page lives
 *   there, and a page must not make `cz` probe the office network.
 * - A redirect passes the same rule, and may lead onto this machine only from this machine: a page on the
 *   internet that redirects to http://127.0.0.1/ or http://192.168.1.1/ is refused before any connection.
 * - A host name (not an address) must resolve to internet addresses (checked by the downloader when it
 *   connects): `news.example` pointing at 127.0.0.1 is refused like the address itself.
 * - No user name or password in the address.
 */
import { isPrivateIPv4, isPrivateIPv6 } from "./sourceUrl";

export type HostKind = "loopback" | "private" | "internet";

export type PageUrlProblem = "notUrl" | "notHttps" | "credentials" | "privateHost" | "loopbackRedirect";

export type PageUrlCheck = { ok: true; url: string; host: HostKind } | { ok: false; problem: PageUrlProblem };

function isLoopbackIPv4(host: string): boolean {
  return /^127\.\d+\.\d+\.\d+$/.test(host);
}

function isLoopbackIPv6(host: string): boolean {
  const ip = host.replace(/^\[|\]$/g, "").toLowerCase();
  // The URL parser writes ::ffff:127.0.0.1 as ::ffff:7f00:1.
  return ip === "::1" || /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(ip) || /^::ffff:127\./.test(ip);
}

/**
 * What kind of host a host name or address is. Node's resolver gives IPv6 addresses without brackets; the URL
 * parser with them: both are read.
 * @example hostKind("127.0.0.1") // "loopback"
 * @example hostKind("192.168.1.1") // "private"
 * @example hostKind("www.changzhou.gov.cn") // "internet"
 */
export function hostKind(host: string): HostKind {
  const h = host.toLowerCase().replace(/\.$/, "");
  if (h === "localhost" || h.endsWith(".localhost") || isLoopbackIPv4(h) || isLoopbackIPv6(h))
    return "loopback";
  const bracketed = h.includes(":") && !h.startsWith("[") ? `[${h}]` : h;
  if (isPrivateIPv4(h) || isPrivateIPv6(bracketed)) return "private";
  return "internet";
}

/**
 * Checks an address the analyst gave (`redirectedFrom` absent) or a redirect's target (`redirectedFrom` the
 * address that redirected); never throws.
 * @example checkPageUrl("http://127.0.0.1:8080/a.html") // { ok: true, url: "http://127.0.0.1:8080/a.html", host: "loopback" }
 * @example checkPageUrl("http://127.0.0.1/", { redirectedFrom: "https://news.example.cn/a" }) // { ok: false, problem: "loopbackRedirect" }
 */
export function checkPageUrl(text: string, options: { redirectedFrom?: string } = {}): PageUrlCheck {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, problem: "notUrl" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, problem: "notUrl" };
  if (url.username !== "" || url.password !== "") return { ok: false, problem: "credentials" };
  const host = hostKind(url.hostname);
  if (host === "private") return { ok: false, problem: "privateHost" };
  if (host === "loopback" && options.redirectedFrom !== undefined) {
    let from: HostKind = "internet";
    try {
      from = hostKind(new URL(options.redirectedFrom).hostname);
    } catch {
      // An unreadable origin is treated as the internet: the stricter reading.
    }
    if (from !== "loopback") return { ok: false, problem: "loopbackRedirect" };
  }
  if (url.protocol === "http:" && host !== "loopback") return { ok: false, problem: "notHttps" };
  return { ok: true, url: url.toString(), host };
}

/** The rule's verdict in words, for the command line. */
export function describePageUrlProblem(problem: PageUrlProblem): string {
  switch (problem) {
    case "notUrl":
      return "is not an http(s) address";
    case "notHttps":
      return "must use https:// (plain http only for a page on this machine)";
    case "credentials":
      return "must not carry a user name or password";
    case "privateHost":
      return "points into a private network (10.x, 172.16–31.x, 192.168.x …): refused";
    case "loopbackRedirect":
      return "points at this machine, which only an address you give yourself may do: refused";
  }
}
