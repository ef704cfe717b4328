/**
 * One benchmark part in its own process, so its peak memory is its own: prints one JSON line.
 * Usage: tsx scripts/bench/part.ts <ingest|query|refresh> [projects] [runs] [ingest MB]
 */
import { generateDataset } from "../../test/fixtures/generateDataset";
import { additionBench } from "./additionBench";
import { ingestBench } from "./ingestBench";
import { queryBench } from "./queryBench";

async function main() {
  const [part, size = "1000", runsText = "5", ingestMb = "10"] = process.argv.slice(2);
  const runs = Number(runsText);
  const projects = Number(size);
  let result: unknown;
  if (part === "ingest")
    result = { ...ingestBench(runs, Number(ingestMb) * 1_000_000), addition: additionBench(runs) };
  else if (part === "query") result = await queryBench(generateDataset({ projects, seed: 1 }), runs);
  else if (part === "refresh") {
    const { refreshBench } = await import("./refreshBench");
    result = await refreshBench(generateDataset({ projects, seed: 1 }), runs);
  } else throw new Error(`unknown part '${part}'`);
  const peakMemoryMB = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ ...(result as object), peakMemoryMB })}\n`);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
