// Bundles the server into dist/server/main.js, and each worker thread (server/**/*-worker.ts) into its
// own file at the same place under dist/server, where the code that starts it looks. Plain JavaScript packages (fastify, zod, drizzle, …) go
// into the bundle: one file loads and compiles in about half the time of ~1,500 resolved modules.
// The packages in KEEP_EXTERNAL load from node_modules at run time, so each must be a production
// dependency (checked below).
import { cpSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { build } from 'esbuild';

const sourceRoot = 'server';
const outDir = join('dist', 'server');

const KEEP_EXTERNAL = [
  // Read files beside their own code: PGlite its wasm and data bundle, argon2 its native addon,
  // swagger-ui and static their assets, the font package its .ttf files.
  '@electric-sql/pglite',
  '@node-rs/argon2',
  '@fastify/swagger-ui',
  '@fastify/static',
  '@expo-google-fonts/sarabun',
  // Loaded lazily, only when a job or a PostgreSQL server needs them: no cost at start.
  'playwright-core',
  'exceljs',
  'pg',
  'iconv-lite',
  // A native image library (photo previews), loaded on the first photo upload.
  'sharp',
];
/** Required inside try/catch by a bundled package (debug) and fine to miss. */
const OPTIONAL_AT_RUN_TIME = new Set(['supports-color']);

/** Where a file under server/ lands in dist/server (TypeScript as .js). */
const mirrorOf = (sourcePath) => join(outDir, relative(sourceRoot, sourcePath)).replace(/\.ts$/, '.js');

/**
 * Inside one bundle every module would share the bundle's `import.meta.url`. Each module instead gets
 * the URL its file has in the dist/server mirror, so `new URL('./migrations', import.meta.url)` finds
 * the folder that copyRuntimeFiles put there.
 */
function importMetaUrlPerModule(outFile) {
  return {
    name: 'import-meta-url-per-module',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /\.ts$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes('import.meta.url')) {
          return undefined;
        }
        const fromRoot = relative(process.cwd(), args.path);
        if (fromRoot.startsWith('..') || !fromRoot.startsWith(`${sourceRoot}${sep}`)) {
          throw new Error(`${fromRoot} uses import.meta.url but lives outside ${sourceRoot}/`);
        }
        const fromBundle = relative(dirname(outFile), mirrorOf(fromRoot)).split(sep).join('/');
        const url = `new URL(${JSON.stringify(`./${fromBundle}`)}, import.meta.url).href`;
        return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
      });
    },
  };
}

const testOnly = /(^|[\\/])(test|fixtures)([\\/]|$)/;

/** Every file under server/ that is not TypeScript: migrations and their journals, seed data. */
function copyRuntimeFiles() {
  const files = readdirSync(sourceRoot, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && !entry.name.endsWith('.ts') && !testOnly.test(entry.parentPath),
  );
  for (const file of files) {
    const from = join(file.parentPath, file.name);
    cpSync(from, join(outDir, relative(sourceRoot, from)));
  }
  return files.length;
}

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** `npm ci --omit=dev` keeps only these; a dev-only import would crash the server in production. */
function checkExternalsAreProductionDependencies(metafile) {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  const production = new Set([
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.optionalDependencies ?? {}),
  ]);
  const builtins = new Set(builtinModules);
  const missing = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const { path, external } of output.imports) {
      const name = packageName(path);
      const known = builtins.has(name) || production.has(name) || OPTIONAL_AT_RUN_TIME.has(name);
      if (external && !path.startsWith('node:') && !known) {
        missing.add(name);
      }
    }
  }
  if (missing.size > 0) {
    throw new Error(
      `The server imports packages that are not production dependencies: ${[...missing].join(', ')}`,
    );
  }
}

/** server/main.ts and every worker thread's entry. */
function entryPoints() {
  const workers = readdirSync(sourceRoot, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('-worker.ts'))
    .map((name) => join(sourceRoot, name));
  return [join(sourceRoot, 'main.ts'), ...workers];
}

/** One bundle per entry, so each module's import.meta.url is rewritten for the file it ends up in. */
async function bundle(entry) {
  const outFile = mirrorOf(entry);
  const result = await build({
    entryPoints: [entry],
    outfile: outFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: KEEP_EXTERNAL.flatMap((name) => [name, `${name}/*`]),
    // Bundled CommonJS packages call require() for Node's own modules.
    banner: {
      js: "import { createRequire as createBannerRequire } from 'node:module'; const require = createBannerRequire(import.meta.url);",
    },
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    plugins: [importMetaUrlPerModule(outFile)],
  });
  checkExternalsAreProductionDependencies(result.metafile);
  return outFile;
}

export async function buildServer() {
  rmSync(outDir, { recursive: true, force: true });
  const outFiles = [];
  for (const entry of entryPoints()) {
    outFiles.push(await bundle(entry));
  }
  const copied = copyRuntimeFiles();
  console.info(`${outFiles.join(', ')} and ${copied} runtime files in ${outDir}/`);
}
