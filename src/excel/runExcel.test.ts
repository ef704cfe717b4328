import { NotInExcelError, runExcel } from "./runExcel";

describe("runExcel outside Excel", () => {
  it("rejects with NotInExcelError instead of 'Excel is not defined'", async () => {
    expect(typeof (globalThis as { Excel?: unknown }).Excel).toBe("undefined");
    await expect(runExcel(async () => 1)).rejects.toBeInstanceOf(NotInExcelError);
  });
});
