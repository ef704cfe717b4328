import { type SourceUrlProblem, checkDatasetUrl } from "./sourceUrl";

describe("checkDatasetUrl", () => {
  test.each([
    ["https://data.example.org/cz/dataset.json", "https://data.example.org/cz/dataset.json"],
    [" https://data.example.org/d.json ", "https://data.example.org/d.json"],
    ["https://localhost:3000/dataset.json", "https://localhost:3000/dataset.json"],
    ["http://localhost:3000/dataset.json", "http://localhost:3000/dataset.json"],
    ["HTTPS://Data.Example.ORG/d.json", "https://data.example.org/d.json"],
    ["https://10.example.org/d.json", "https://10.example.org/d.json"],
    ["https://8.8.8.8/d.json", "https://8.8.8.8/d.json"],
    ["https://172.32.0.1/d.json", "https://172.32.0.1/d.json"],
  ])("accepts %s", (text, url) => expect(checkDatasetUrl(text)).toEqual({ ok: true, url }));

  test.each<[string, SourceUrlProblem]>([
    ["", "notUrl"],
    ["dataset.json", "notUrl"],
    ["http://[", "notUrl"],
    ["ftp://example.org/d.json", "notUrl"],
    ["javascript:alert(1)", "notUrl"],
    ["file:///etc/passwd", "notUrl"],
    ["data:application/json,{}", "notUrl"],
    ["http://data.example.org/d.json", "notHttps"],
    ["http://localhost:80@evil.example/", "credentials"],
    ["https://user:secret@data.example.org/d.json", "credentials"],
    ["https://token@data.example.org/d.json", "credentials"],
    ["http://127.0.0.1:3000/dataset.json", "privateHost"],
    ["https://127.0.0.1/dataset.json", "privateHost"],
    ["https://127.1/d.json", "privateHost"],
    ["http://2130706433/d.json", "privateHost"],
    ["https://0x7f000001/d.json", "privateHost"],
    ["https://0.0.0.0/d.json", "privateHost"],
    ["https://10.1.2.3/d.json", "privateHost"],
    ["https://172.16.0.1/d.json", "privateHost"],
    ["https://172.31.255.255/d.json", "privateHost"],
    ["https://192.168.1.1/d.json", "privateHost"],
    ["https://169.254.169.254/latest/meta-data", "privateHost"],
    ["https://100.64.0.1/d.json", "privateHost"],
    ["https://[::1]/d.json", "privateHost"],
    ["https://[::ffff:127.0.0.1]/d.json", "privateHost"],
    ["https://[fd00::1]/d.json", "privateHost"],
    ["https://[fe80::1]/d.json", "privateHost"],
    ["https://evil.localhost/d.json", "privateHost"],
  ])("refuses %s: %s", (text, problem) => expect(checkDatasetUrl(text)).toEqual({ ok: false, problem }));

  test("never throws, whatever the text", () => {
    for (const text of ["http://[", "https://[::1", "http://%", "https://a b/", "\u0000", "https://xn--/"])
      expect(() => checkDatasetUrl(text)).not.toThrow();
  });
});
