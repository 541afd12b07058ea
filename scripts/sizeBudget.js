// Size budget of the citizen runtime (issue 5): the JavaScript a portal loads to render a service form, gzip,
// React excluded, at most 30 KiB; its CSS at most 10 KiB gzip.
//
// Measured on a React portal page that renders one form (examples/hosts/react), built on its own here with
// runtime/budget.vite.config.ts into dist-budget/: the entry and every chunk it imports statically, transitively,
// is what the browser loads before the form shows. (The multi-page dist-web build shares chunks between the
// designer and several host pages, which no single portal does; its demo page figure is printed for information.)
// `node scripts/sizeBudget.js [dist-web]` after `vite build` (npm test runs it on the browser tests' build).
// Dynamic imports are listed separately as lazy chunks (after-submission views, address data…) and not counted.
// The React chunk (vite.config.ts puts react, react-dom and scheduler in a chunk named `react`) is shown but not
// counted. Sizes are gzip at zlib's default level, from node:zlib.
//
// Designer budget (issue 7): the JavaScript the designer page (index.html) loads before it is usable, gzip, React
// included, at most 200 KiB. Monaco (JSON view), the package view, elkjs (auto layout) and the standalone
// validator are dynamic imports: listed as lazy chunks, not counted.
//
// Script-tag budget (issue 9): dist-element/banshi-element.js, the custom element with React bundled in, gzip,
// at most 110 KiB. Built here first (runtime/element/vite.config.ts, well under a second) so it is never stale.
import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = resolve(root, process.argv[2] ?? 'dist-web');
const entryKey = 'runtime/demo/index.html';
const portalEntryKey = 'examples/hosts/react/index.html';
const designerEntryKey = 'index.html';
const reactChunkName = 'react';
const KiB = 1024;
export const budgets = { js: 30 * KiB, css: 10 * KiB, designerJs: 200 * KiB, elementJs: 110 * KiB };

const kib = (bytes) => `${(bytes / KiB).toFixed(2)} KiB`;

async function sizes(file, dir = outDir) {
  const body = await readFile(join(dir, file));
  return { raw: body.length, gzip: gzipSync(body).length };
}

/** Keys reachable from `start` through `imports` (static), in discovery order, `start` included. */
function staticClosure(manifest, start) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  for (const key of start) visit(key);
  return [...seen];
}

/** Initial JS (React excluded) and CSS of one page of a build, and its lazy chunks. */
async function pageFigures(dir, manifest, entry) {
  const initial = staticClosure(manifest, [entry]);
  const lazy = staticClosure(manifest, initial.flatMap((key) => manifest[key].dynamicImports ?? [])).filter((key) => !initial.includes(key));
  const rows = [];
  let js = 0;
  let reactGzip = 0;
  for (const key of initial) {
    const chunk = manifest[key];
    const size = await sizes(chunk.file, dir);
    const isReact = chunk.name === reactChunkName;
    if (isReact) reactGzip += size.gzip;
    else js += size.gzip;
    rows.push({ kind: isReact ? 'JS (React, not counted)' : key === entry ? 'JS (entry)' : 'JS', file: chunk.file, ...size });
  }
  let css = 0;
  for (const file of [...new Set(initial.flatMap((key) => manifest[key].css ?? []))]) {
    const size = await sizes(file, dir);
    css += size.gzip;
    rows.push({ kind: 'CSS', file, ...size });
  }
  const lazyRows = [];
  for (const key of lazy) {
    const chunk = manifest[key];
    lazyRows.push({ kind: 'JS (lazy)', file: chunk.file, ...(await sizes(chunk.file, dir)) });
    for (const file of chunk.css ?? []) lazyRows.push({ kind: 'CSS (lazy)', file, ...(await sizes(file, dir)) });
  }
  return { rows, js, css, reactGzip, lazyRows };
}

async function readManifest(dir) {
  try {
    return JSON.parse(await readFile(join(dir, '.vite/manifest.json'), 'utf8'));
  } catch (error) {
    console.error(`size budget: cannot read ${join(dir, '.vite/manifest.json')} (build with build.manifest: true first): ${error.message}`);
    return undefined;
  }
}

async function main() {
  // The runtime budget is measured on a React portal page built on its own (runtime/budget.vite.config.ts): the
  // JavaScript and CSS a portal ships to render a form. The multi-page dist-web build splits shared modules into
  // extra chunks no single portal would have; its host page is reported below for information.
  const built = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'runtime/budget.vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) {
    console.error('size budget: the portal build (runtime/budget.vite.config.ts) failed');
    return 1;
  }
  const budgetDir = join(root, 'dist-budget');
  const budgetManifest = await readManifest(budgetDir);
  const manifest = await readManifest(outDir);
  if (!budgetManifest || !manifest) return 1;
  if (!budgetManifest[portalEntryKey]) {
    console.error(`size budget: ${portalEntryKey} is not the entry of runtime/budget.vite.config.ts`);
    return 1;
  }
  const { rows, js, css, reactGzip, lazyRows } = await pageFigures(budgetDir, budgetManifest, portalEntryKey);

  const table = (list) => {
    const width = Math.max(4, ...list.map((row) => row.file.length));
    console.log(`  ${'kind'.padEnd(24)} ${'file'.padEnd(width)} ${'raw'.padStart(11)} ${'gzip'.padStart(11)}`);
    for (const row of list) console.log(`  ${row.kind.padEnd(24)} ${row.file.padEnd(width)} ${kib(row.raw).padStart(11)} ${kib(row.gzip).padStart(11)}`);
  };
  console.log(`Initial chunks of a React portal rendering a form (${portalEntryKey}, built alone in dist-budget/):`);
  table(rows);
  if (lazyRows.length > 0) {
    console.log('Lazy chunks (dynamic imports, loaded on demand, not counted):');
    table(lazyRows);
  } else {
    console.log('Lazy chunks: none');
  }

  const jsOk = js <= budgets.js;
  const cssOk = css <= budgets.css;
  console.log(`${jsOk ? '✓' : '✗'} runtime JS, initial, gzip, React excluded: ${kib(js)} (budget ${kib(budgets.js)}; React chunk ${kib(reactGzip)})`);
  console.log(`${cssOk ? '✓' : '✗'} runtime CSS, initial, gzip: ${kib(css)} (budget ${kib(budgets.css)})`);
  if (manifest[entryKey]) {
    const demo = await pageFigures(outDir, manifest, entryKey);
    console.log(`  for information: the demo host page in the multi-page build (${entryKey}): JS ${kib(demo.js)}, CSS ${kib(demo.css)}, gzip, React excluded`);
  }
  const designerOk = await designerBudget(manifest, table);
  const elementOk = await elementBudget();
  return jsOk && cssOk && designerOk && elementOk ? 0 : 1;
}

/** The script-tag bundle (React included) against its budget, built fresh from runtime/element/. */
async function elementBudget() {
  const build = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'runtime/element/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('size budget: the script-tag build (runtime/element/vite.config.ts) failed');
    return false;
  }
  const body = await readFile(join(root, 'dist-element/banshi-element.js'));
  const gzip = gzipSync(body).length;
  const ok = gzip <= budgets.elementJs;
  console.log(`\n${ok ? '✓' : '✗'} script-tag bundle dist-element/banshi-element.js, gzip, React included: ${kib(gzip)} (raw ${kib(body.length)}; budget ${kib(budgets.elementJs)})`);
  return ok;
}

/** The designer page's initial JavaScript (React included) against its budget; lazy chunks listed, not counted. */
async function designerBudget(manifest, table) {
  if (!manifest[designerEntryKey]) {
    console.error(`size budget: ${designerEntryKey} is not an entry of the build (vite.config.ts build.rolldownOptions.input)`);
    return false;
  }
  const initial = staticClosure(manifest, [designerEntryKey]);
  const rows = [];
  let js = 0;
  for (const key of initial) {
    const chunk = manifest[key];
    const size = await sizes(chunk.file);
    js += size.gzip;
    rows.push({ kind: key === designerEntryKey ? 'JS (entry)' : 'JS', file: chunk.file, ...size });
  }
  // Every chunk reachable through dynamic imports (and their static imports), transitively.
  const lazy = new Set();
  let frontier = initial.flatMap((key) => manifest[key].dynamicImports ?? []);
  while (frontier.length > 0) {
    const closure = staticClosure(manifest, frontier).filter((key) => !initial.includes(key) && !lazy.has(key));
    for (const key of closure) lazy.add(key);
    frontier = closure.flatMap((key) => manifest[key].dynamicImports ?? []);
  }
  const lazyRows = [];
  let lazyJs = 0;
  for (const key of lazy) {
    const chunk = manifest[key];
    const size = await sizes(chunk.file);
    lazyJs += size.gzip;
    lazyRows.push({ kind: 'JS (lazy)', file: chunk.file, ...size });
  }
  // Workers (Monaco's editor and JSON workers) are emitted as assets, not chunks: listed by file name.
  for (const file of (await readdir(join(outDir, 'assets'))).filter((name) => /worker.*\.js$/i.test(name))) {
    const size = await sizes(`assets/${file}`);
    lazyJs += size.gzip;
    lazyRows.push({ kind: 'JS (worker, lazy)', file: `assets/${file}`, ...size });
  }
  console.log(`\nInitial chunks of the designer (${designerEntryKey}):`);
  table(rows);
  console.log('Designer lazy chunks and workers (loaded on demand, not counted):');
  table(lazyRows.sort((a, b) => b.gzip - a.gzip));
  const ok = js <= budgets.designerJs;
  console.log(`${ok ? '✓' : '✗'} designer JS, initial, gzip, React included: ${kib(js)} (budget ${kib(budgets.designerJs)}; lazy ${kib(lazyJs)})`);
  // Opening an item loads the editor chunk (canvas, inspector) on top: reported so the split is never mistaken
  // for a smaller editor. Not budgeted yet (issue 7 tracks it).
  const editorKey = Object.keys(manifest).find((key) => key.endsWith('designer/app/workspace/ItemRoute.tsx'));
  if (editorKey) {
    let editorJs = js;
    for (const key of staticClosure(manifest, [editorKey]).filter((k) => !initial.includes(k))) editorJs += (await sizes(manifest[key].file)).gzip;
    console.log(`  designer JS with an item open (editor route, Monaco and elk still lazy), gzip, React included: ${kib(editorJs)}`);
  }
  return ok;
}

process.exitCode = await main();
