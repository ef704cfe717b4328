import { checkPageUrl, hostKind } from "./pageUrl";

describe("checkPageUrl: the address a user gives cz fetch", () => {
  it.each([
    ["https://www.changzhou.gov.cn/ns_news/1.html", true],
    ["http://127.0.0.1:8080/a.html", true],
    ["http://localhost:3000/a.html", true],
    ["http://[::1]:8080/a.html", true],
    ["http://www.changzhou.gov.cn/ns_news/1.html", "notHttps"],
    ["https://192.168.1.10/a.html", "privateHost"],
    ["https://10.0.0.5/a.html", "privateHost"],
    ["https://172.20.1.1/a.html", "privateHost"],
    ["https://169.254.169.254/latest/meta-data/", "privateHost"],
    ["https://[fd00::1]/a.html", "privateHost"],
    ["https://0.0.0.0/", "privateHost"],
    ["https://user:pw@news.example.cn/a.html", "credentials"],
    ["ftp://news.example.cn/a.html", "notUrl"],
    ["news.example.cn/a.html", "notUrl"],
  ])("%s → %s", (url, expected) => {
    const check = checkPageUrl(url);
    expect(check.ok ? true : check.problem).toBe(expected);
  });
});

describe("checkPageUrl on a redirect", () => {
  const fromInternet = { redirectedFrom: "https://news.example.cn/a.html" };
  const fromHere = { redirectedFrom: "http://127.0.0.1:8080/a.html" };
  it.each([
    ["http://127.0.0.1/admin", fromInternet, "loopbackRedirect"],
    ["http://localhost:8080/", fromInternet, "loopbackRedirect"],
    ["http://[::ffff:127.0.0.1]/", fromInternet, "loopbackRedirect"],
    ["http://2130706433/", fromInternet, "loopbackRedirect"],
    ["http://192.168.1.1/", fromInternet, "privateHost"],
    ["http://192.168.1.1/", fromHere, "privateHost"],
    ["http://news.example.cn/b.html", fromInternet, "notHttps"],
    ["https://news.example.cn/b.html", fromInternet, true],
    ["http://127.0.0.1:8080/b.html", fromHere, true],
    ["http://localhost:9090/b.html", fromHere, true],
  ])("%s (from %j) → %s", (url, options, expected) => {
    const check = checkPageUrl(url, options);
    expect(check.ok ? true : check.problem).toBe(expected);
  });
});

describe("hostKind", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.8.9.10", "loopback"],
    ["::1", "loopback"],
    ["localhost", "loopback"],
    ["app.localhost", "loopback"],
    ["10.1.2.3", "private"],
    ["fe80::1", "private"],
    ["::ffff:192.168.0.1", "private"],
    ["100.64.0.1", "private"],
    ["8.8.8.8", "internet"],
    ["2001:db8::1", "internet"],
    ["www.changzhou.gov.cn", "internet"],
  ])("%s is %s", (host, kind) => {
    expect(hostKind(host)).toBe(kind);
  });
});
