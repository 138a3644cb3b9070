// `npm run build`: the production build, run by `npm start` when dist/ is missing and by `npm test`.
//
//   node scripts/build.mjs          web and server
//   node scripts/build.mjs web      dist/web: Vite build, then .br and .gz files beside each text asset
//   node scripts/build.mjs server   dist/server/main.js: server/main.ts bundled by esbuild, plus the
//                                   files the server reads at run time (migrations, seed data)
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { buildServer } from './build/server.mjs';
import { buildWeb } from './build/web.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const targets = { web: buildWeb, server: buildServer };
const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !(name in targets));
if (unknown.length > 0) {
  console.error(`Unknown build target: ${unknown.join(', ')} (known: ${Object.keys(targets).join(', ')})`);
  process.exit(2);
}
for (const name of requested.length > 0 ? requested : Object.keys(targets)) {
  const started = Date.now();
  await targets[name]();
  console.info(`Built ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
