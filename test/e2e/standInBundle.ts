/**
 * The Excel stand-in for the browser: test/excel-standin and standInEntry.ts bundled with webpack's Node API
 * into one self-contained script (an IIFE, no eval, no module loader), served to the task pane's page where
 * office.js would be. Built once per content of its sources, in the build cache of buildOnce.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import webpack from "webpack";
import { ROOT, cachedBuild, filesUnder, hashFiles } from "./buildOnce";

const ENTRY = join(__dirname, "standInEntry.ts");
const FILE = "stand-in.js";

function sources(): string[] {
  const code = (path: string) => /\.ts$/.test(path) && !/\.test\.ts$/.test(path);
  return [
    ...filesUnder(join(ROOT, "test", "excel-standin"), code),
    ENTRY,
    join(__dirname, "standInApi.ts"),
    join(__dirname, "standInBundle.ts"),
    join(ROOT, "src", "cli", "customFunctionsHost.ts"),
  ];
}

function compile(outDir: string): Promise<void> {
  const compiler = webpack({
    mode: "development",
    // No eval-* source maps: the page's scripts must run without 'unsafe-eval', as the add-in's do.
    devtool: false,
    target: "web",
    context: ROOT,
    entry: ENTRY,
    output: { path: outDir, filename: FILE, iife: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { module: "esnext", target: "ES2020", noEmit: false, sourceMap: false },
            },
          },
        },
      ],
    },
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    infrastructureLogging: { level: "error" },
    stats: "errors-only",
  });
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) return reject(error);
      if (stats?.hasErrors())
        return reject(new Error(`bundling the stand-in failed:\n${stats.toString("errors-only")}`));
      resolve();
    });
  });
}

/** The stand-in as one browser script. */
export async function standInBundle(): Promise<string> {
  const dir = await cachedBuild("standin", hashFiles(sources()), compile);
  return readFileSync(join(dir, FILE), "utf8");
}
