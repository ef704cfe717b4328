import { singleFlight } from "./singleFlight";

describe("singleFlight", () => {
  test("two calls while running share one run", async () => {
    let runs = 0;
    let release: () => void = () => undefined;
    const call = singleFlight(
      () =>
        new Promise<number>((resolve) => {
          runs += 1;
          release = () => resolve(runs);
        }),
    );
    const first = call();
    const second = call();
    expect(call.running()).toBe(true);
    release();
    expect(await first).toBe(1);
    expect(await second).toBe(1);
    expect(runs).toBe(1);
    expect(call.running()).toBe(false);
  });

  test("a call after the run finished starts a new run", async () => {
    let runs = 0;
    const call = singleFlight(async () => ++runs);
    await call();
    await call();
    expect(runs).toBe(2);
  });

  test("a failed run frees the next call", async () => {
    let runs = 0;
    const call = singleFlight(async () => {
      runs += 1;
      if (runs === 1) throw new Error("boom");
      return runs;
    });
    await expect(call()).rejects.toThrow("boom");
    expect(await call()).toBe(2);
  });
});
