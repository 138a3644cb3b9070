// `npm start`: runs the built server, dist/server/main.js, in this process. Nothing is compiled at run
// time. When the build tools are installed (a development checkout) a missing or out-of-date part of
// dist/ is built first; after `npm ci --omit=dev` dist/ must already be there (`npm run build`).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const fromRoot = (path) => join(root, path);

/** What each build target writes last, and the sources it is built from. */
const targets = {
  web: { output: 'dist/web/index.html', sources: ['web', 'domain', 'vite.config.ts'] },
  server: { output: 'dist/server/main.js', sources: ['server', 'domain', 'package.json'] },
};

function newestChange(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) {
    return stats.mtimeMs;
  }
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), 0);
}

function needsBuild({ output, sources }) {
  const built = fromRoot(output);
  if (!existsSync(built)) {
    return true;
  }
  const builtAt = statSync(built).mtimeMs;
  return sources.some((source) => newestChange(fromRoot(source)) > builtAt);
}

const buildToolsInstalled = ['vite', 'esbuild'].every((tool) =>
  existsSync(fromRoot(`node_modules/${tool}/package.json`)),
);

if (buildToolsInstalled) {
  const stale = Object.keys(targets).filter((name) => needsBuild(targets[name]));
  if (stale.length > 0) {
    console.info(`Building ${stale.join(' and ')} / กำลังสร้าง ${stale.join(', ')} …`);
    const build = spawnSync(process.execPath, [fromRoot('scripts/build.mjs'), ...stale], {
      stdio: 'inherit',
    });
    if (build.status !== 0) {
      process.exit(build.status ?? 1);
    }
  }
} else if (!existsSync(fromRoot(targets.server.output))) {
  console.error(
    'dist/server/main.js is missing and the build tools are not installed (npm ci --omit=dev).\n' +
      'Build first where dev dependencies are installed: npm ci && npm run build',
  );
  process.exit(1);
} else if (!existsSync(fromRoot(targets.web.output))) {
  console.warn('dist/web is missing: the API runs, but without the web app (npm run build).');
}

// V8 keeps the compiled bundle in the OS temp folder: later starts skip most of the compiling.
enableCompileCache();
// Stack traces point at server/*.ts rather than the bundle.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(fromRoot(targets.server.output)).href);
