/**
 * The add-in build (after the official Excel-Custom-Functions template, shared-runtime variant).
 *
 *   npm run build       dataset (cz build → dist/dataset.json), then this config in production mode
 *   npm run dev-server  https://localhost:3000, compiled in memory (npm start runs it in the background)
 *
 * Output in dist/: taskpane.html (the one page of the shared runtime) with the runtime, shared, functions,
 * commands and taskpane scripts, and the ingest script (the pipeline, loaded on demand), each named
 * NAME.CONTENTHASH.js in production; functions.json (custom-functions metadata from the JSDoc in functions.ts) and
 * functions-zh-cn.json; help.html, manifest.xml, assets/*.png. dist/dataset.json is written by `cz build` and
 * kept by output.clean.
 *
 * The production address: set URL_PROD below, or build with `--env urlProd=https://host/path/` or CZ_URL_PROD.
 * dist/manifest.xml then points there; without one it keeps https://localhost:3000/.
 *
 * Where the page loads Office.js: `--env officeCdn=21vianet` (or CZ_OFFICE_CDN) for Office 365 operated by
 * 21Vianet in China, whose tenants load it from their own CDN; `global` (the default) for Microsoft's; or the
 * https:// address of a copy you host. taskpane.html's script tag and its Content-Security-Policy follow it.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { URL } = require("url");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Compilation, WebpackError, sources } = require("webpack");

const URL_DEV = "https://localhost:3000/";
const URL_PROD = ""; // e.g. "https://cz-projects.example.org/addin/" — where dist/ is deployed
const PORT = 3000;
const DIST = path.resolve(__dirname, "dist");
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const ZH_CN_MODULE = path.resolve(__dirname, "src/functions/metadataZhCn.ts");
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const CERT_FILES = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };

/** Office.js by CDN: Microsoft's, and that of Office 365 operated by 21Vianet (Microsoft's sovereign-cloud guidance). */
const OFFICE_JS = {
  global: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  "21vianet": "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
};

/** The Office.js address the page loads: a named CDN or an https:// URL of office.js. */
function officeJsUrl(env) {
  const choice = (env && env.officeCdn) || process.env.CZ_OFFICE_CDN || "global";
  if (Object.prototype.hasOwnProperty.call(OFFICE_JS, choice)) return OFFICE_JS[choice];
  if (/^https:\/\/[^/\s"']+\/[^\s"']*office\.js$/.test(choice)) return choice;
  throw new Error(
    `officeCdn must be ${Object.keys(OFFICE_JS).join(" or ")}, or the https:// address of office.js; got '${choice}'`,
  );
}

/** The production base URL (https, ending in "/"), or null when none is configured. */
function productionUrl(env) {
  const url = (env && env.urlProd) || process.env.CZ_URL_PROD || URL_PROD;
  if (!url) return null;
  if (!/^https:\/\/[^/]+/.test(url)) throw new Error(`urlProd must be an https:// URL, got '${url}'`);
  return url.endsWith("/") ? url : `${url}/`;
}

/** The manifest with every https://localhost:3000 address (URLs and the AppDomain origin) moved to `urlProd`. */
function manifestFor(content, urlProd) {
  const origin = new URL(urlProd).origin;
  return content.toString().split(URL_DEV).join(urlProd).split(URL_DEV.slice(0, -1)).join(origin);
}

/**
 * Certificates for https://localhost, read directly from ~/.office-addin-dev-certs. (office-addin-dev-certs'
 * getHttpsServerOptions() also insists that the OS trusts the CA, and throws where it cannot, e.g. on Linux.)
 * Missing files are generated with the package's API; on Windows and macOS the CA is also installed as trusted.
 */
async function httpsOptions() {
  const file = (name) => path.join(CERT_DIR, name);
  const missing = () => Object.values(CERT_FILES).filter((name) => !fs.existsSync(file(name)));
  if (missing().length > 0) {
    const devCerts = require("office-addin-dev-certs");
    try {
      if (process.platform === "win32" || process.platform === "darwin") {
        // Generates and trusts (may prompt); it can throw after writing the files, which are then still usable.
        await devCerts.ensureCertificatesAreInstalled();
      } else if (missing().length === Object.keys(CERT_FILES).length) {
        await devCerts.generateCertificates();
      }
    } catch (error) {
      console.warn(`office-addin-dev-certs: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (process.platform !== "win32" && fs.existsSync(file(CERT_FILES.key))) {
      fs.chmodSync(file(CERT_FILES.key), 0o600); // the private key: readable by its owner only
    }
  }
  const stillMissing = missing();
  if (stillMissing.length > 0) {
    throw new Error(
      `HTTPS certificates missing in ${CERT_DIR}: ${stillMissing.join(", ")}.\n` +
        "Run `npx office-addin-dev-certs install` (or delete that folder and start again to regenerate them).",
    );
  }
  const options = {
    ca: fs.readFileSync(file(CERT_FILES.ca)),
    cert: fs.readFileSync(file(CERT_FILES.cert)),
    key: fs.readFileSync(file(CERT_FILES.key)),
  };
  const { X509Certificate } = require("crypto");
  const validTo = new Date(new X509Certificate(options.cert).validTo);
  if (validTo.getTime() < Date.now()) {
    console.warn(
      `The localhost certificate in ${CERT_DIR} expired on ${validTo.toISOString()}; browsers and Excel will refuse ` +
        "it. Run `npx office-addin-dev-certs install`, or delete that folder and start again.",
    );
  }
  return options;
}

/**
 * Writes functions-zh-cn.json: functions.json (generated by CustomFunctionsMetadataPlugin) passed through
 * localizeMetadata(metadata, ZH_CN) from src/functions/metadataZhCn.ts. That module is TypeScript, loaded with
 * tsx's scoped require in a fresh namespace per compilation, so the dev server picks up edits to it and nothing
 * else in this process is hooked.
 */
class LocalizedFunctionsMetadataPlugin {
  constructor({ input, output, module: modulePath }) {
    this.input = input;
    this.output = output;
    this.modulePath = modulePath;
    this.loads = 0;
  }

  apply(compiler) {
    const name = "LocalizedFunctionsMetadataPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      const stage = Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL;
      compilation.hooks.processAssets.tap({ name, stage }, () => {
        compilation.fileDependencies.add(this.modulePath);
        const fail = (message) => compilation.errors.push(new WebpackError(`${this.output}: ${message}`));
        const asset = compilation.getAsset(this.input);
        if (!asset) return fail(`${this.input} was not generated (see the errors above)`);
        let localize;
        let table;
        try {
          const tsx = require("tsx/cjs/api");
          const api = tsx.register({ namespace: `cz-metadata-${++this.loads}` });
          try {
            ({ localizeMetadata: localize, ZH_CN: table } = api.require(
              this.modulePath,
              path.join(__dirname, "webpack.config.js"),
            ));
          } finally {
            api.unregister();
          }
        } catch (error) {
          return fail(`cannot load ${path.relative(__dirname, this.modulePath)}: ${error.message}`);
        }
        if (typeof localize !== "function" || table === undefined) {
          return fail(`${path.relative(__dirname, this.modulePath)} must export localizeMetadata and ZH_CN`);
        }
        try {
          const metadata = JSON.parse(asset.source.source().toString());
          const localized = localize(metadata, table);
          const ids = (m) => m.functions.map((f) => f.id).join(",");
          if (ids(localized) !== ids(metadata)) {
            return fail(`function ids differ from ${this.input}: ${ids(localized)} vs ${ids(metadata)}`);
          }
          compilation.emitAsset(
            this.output,
            new sources.RawSource(`${JSON.stringify(localized, null, 2)}\n`),
          );
        } catch (error) {
          return fail(error.message);
        }
      });
    });
  }
}

/** A warning (not an error: `webpack` alone may build the add-in) when the dataset the pane loads is absent. */
class DatasetPresencePlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap("DatasetPresencePlugin", (compilation) => {
      const dataset = path.join(compiler.outputPath, "dataset.json");
      if (compiler.options.mode === "production" && !fs.existsSync(dataset)) {
        const where = path.relative(__dirname, dataset);
        compilation.warnings.push(
          new WebpackError(`${where} is missing: run \`npx cz build\` (\`npm run build\` does both)`),
        );
      }
    });
  }
}

/**
 * The manifest's CustomFunctions <Script> (Functions.Script.Url, read only by hosts without the shared runtime)
 * names the functions bundle: in dist/manifest.xml it becomes the name webpack gave that bundle, content hash
 * included, so the manifest never points at a file the build did not write.
 */
class ManifestScriptPlugin {
  constructor({ manifest, entry }) {
    this.manifest = manifest;
    this.entry = entry;
  }

  apply(compiler) {
    const name = "ManifestScriptPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      // After the content hashes are final (optimize-hash) and the manifest has been copied.
      const stage = Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE;
      compilation.hooks.processAssets.tap({ name, stage }, () => {
        const asset = compilation.getAsset(this.manifest);
        const chunk = compilation.namedChunks.get(this.entry);
        const script = chunk && [...chunk.files].find((file) => file.endsWith(".js"));
        if (!asset || !script || script === `${this.entry}.js`) return;
        const xml = asset.source.source().toString();
        const pattern = new RegExp(`(DefaultValue="[^"]*/)${this.entry}\\.js"`, "g");
        if (!pattern.test(xml)) {
          compilation.errors.push(
            new WebpackError(`${this.manifest}: no ${this.entry}.js address to rename`),
          );
          return;
        }
        compilation.updateAsset(this.manifest, new sources.RawSource(xml.replace(pattern, `$1${script}"`)));
      });
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const urlProd = dev ? null : productionUrl(env);
  const officeJs = officeJsUrl(env);
  return {
    mode: dev ? "development" : "production",
    // Never an eval-* devtool: the bundles must run under a Content-Security-Policy without 'unsafe-eval'.
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: FUNCTIONS_SOURCE,
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: DIST,
      // A production script is named by its content (taskpane.3f9c0a1b2d4e.js, ingest.….js for the pipeline,
      // src/runtime/pipelineChunk.ts): after a deploy, a browser or proxy that kept an old chunk can never hand it
      // to the new page, which asks for other names. Only taskpane.html keeps its name (the manifest points at it;
      // it is served uncached). The dev server serves from memory without caching, so plain names there.
      filename: dev ? "[name].js" : "[name].[contenthash:12].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:12].js",
      // `cz build` writes dist/dataset.json; cleaning dist/ must not delete it.
      clean: { keep: /^dataset\.json$/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Types are checked by `tsc --noEmit` (CI), not here. tsconfig.json is for tsc (commonjs, noEmit);
              // webpack needs emitted ES modules to tree-shake and to share modules between entries.
              transpileOnly: true,
              compilerOptions: { module: "esnext", noEmit: false, sourceMap: true },
            },
          },
        },
        // CustomFunctionsMetadataPlugin needs no rule of its own: it adds its loader to functions.ts itself,
        // which appends the CustomFunctions.associate() calls generated from the JSDoc.
      ],
    },
    optimization: {
      // ONE webpack runtime for all three entries. taskpane.html loads the taskpane, functions and commands
      // chunks into the same page (Excel's shared runtime). With a runtime per entry (webpack's default), each
      // entry would get its own module registry, and a module imported by two entries — src/runtime/
      // sharedDataset.ts, the one dataset store — would be instantiated twice: the pane would refresh one copy
      // and the custom functions would keep answering from the other. With a single runtime chunk each module
      // is evaluated once per page and every entry sees the same instance.
      runtimeChunk: "single",
      // Modules used by more than one entry (the dataset store, the core query engine, zod …) go to shared.js
      // once instead of into each entry's chunk; HtmlWebpackPlugin adds it to taskpane.html before the entries.
      // React and Fluent UI stay in taskpane.js: the functions need none of them.
      splitChunks: {
        chunks: "all",
        minSize: 0,
        cacheGroups: {
          shared: { name: "shared", minChunks: 2, reuseExistingChunk: true },
          default: false,
          defaultVendors: false,
        },
      },
    },
    performance: {
      // React + Fluent UI make a large pane; these budgets catch accidental growth, not the baseline.
      maxEntrypointSize: 1.5 * 1024 * 1024,
      maxAssetSize: 1.5 * 1024 * 1024,
      assetFilter: (file) => file.endsWith(".js"),
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: "functions.json" }),
      new LocalizedFunctionsMetadataPlugin({
        input: "functions.json",
        output: "functions-zh-cn.json",
        module: ZH_CN_MODULE,
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The Office.js address (officeCdn) in the script tag and, as its origin, in the page's CSP.
        templateParameters: { officeJs, officeOrigin: new URL(officeJs).origin },
        // The one page of the shared runtime: it is the pane, the custom functions' page and the ribbon's
        // function file. Functions first, so they register before the pane's larger bundle runs.
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./assets/help.html",
        inject: false,
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            // The file itself, not a glob: a glob over the project root would make the whole tree a watched
            // context, and the dev server would recompile whenever anything in it changes.
            from: path.join(__dirname, "manifest.xml"),
            to: "manifest.xml",
            transform: (content) => (urlProd ? manifestFor(content, urlProd) : content),
          },
        ],
      }),
      new DatasetPresencePlugin(),
      new ManifestScriptPlugin({ manifest: "manifest.xml", entry: "functions" }),
    ],
    devServer: {
      host: "localhost",
      port: PORT,
      server: { type: "https", options: env.WEBPACK_SERVE ? await httpsOptions() : undefined },
      headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "no-cache" },
      // The bundles are served from memory; dist/dataset.json (and anything else `cz build` writes) from disk,
      // so a new `npx cz build` is served at once.
      static: { directory: DIST, watch: false },
      // Hot and live reload break custom-function registration: Excel registers the functions once, when the
      // shared runtime starts; a hot update or a page reload re-runs functions.ts in a runtime Excel does not
      // register again, and CZ formulas are left stale or at #BUSY!. So no client script is injected at all. The
      // server still recompiles on change: close and reopen the workbook to load the new code.
      hot: false,
      liveReload: false,
      client: false,
      webSocketServer: false,
    },
  };
};
