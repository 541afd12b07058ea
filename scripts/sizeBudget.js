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
// Designer budgets (issue 7): the JavaScript the designer page (index.html) loads before a page is usable, gzip,
// React included, at most 200 KiB for each of its two pages:
// - the catalogue (#/): the page's static imports and designer/app/items.ts (a dynamic import the catalogue waits
//   for: it offers the examples under 新建自示例). The examples themselves are data, JSON files fetched by items.ts,
//   not JavaScript: their gzip size is printed for information;
// - an open item (#/item/<id>, what the README's first command opens): the page's static imports and the editor
//   route (designer/app/workspace/ItemRoute.tsx, a dynamic import) with its static imports: the canvas (React Flow),
//   the palette, the inspector with the 办事指南 form, the problems panel. The examples are not needed there once the
//   workspace is seeded; a first run in a fresh browser fetches them before the editor too (printed for information).
// Loaded right after the first paint, printed for information, not counted: the compiler with its lint rules
// (designer/app/store/compilerModule.ts; the problems panel and the lint badges say 正在检查… until it is there) and
// the inspector's forms for a selected node, stage or edge (designer/app/inspector/SelectionForms.tsx). Loaded when
// used, listed as lazy chunks, not counted: Monaco (JSON view), the package view, the outline, the preview and the
// simulator with the citizen runtime, elkjs (auto layout), the publish and history dialogs, the import checks with
// the standalone validator, BPMN export, the read-only guide view.
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
/** The designer's pages: the dynamic imports each one waits for before it is usable (module paths, see above). */
const designerRoutes = [
  { name: 'the catalogue (#/)', modules: ['designer/app/items.ts'] },
  { name: 'an item open (#/item/<id>, the editor route; Monaco and elk lazy)', modules: ['designer/app/workspace/ItemRoute.tsx'] },
];
/** Loaded right after the first paint of an open item: printed for information, not counted. */
const designerAfterPaint = ['designer/app/store/compilerModule.ts', 'designer/app/inspector/SelectionForms.tsx'];
const designerExamples = 'designer/app/items.ts';
const reactChunkName = 'react';
const KiB = 1024;
export const budgets = { js: 30 * KiB, css: 10 * KiB, designerJs: 200 * KiB, elementJs: 110 * KiB };
// designerJs applies to each of the designer's pages (designerRoutes).

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

/** The manifest key of a module of the build, by its path from the repository root; undefined when not a chunk. */
const moduleKey = (manifest, path) => Object.keys(manifest).find((key) => key === path || key.endsWith(`/${path}`));

/** The designer's pages (React included) against the budget; what loads after the first paint and lazy chunks listed. */
async function designerBudget(manifest, table) {
  if (!manifest[designerEntryKey]) {
    console.error(`size budget: ${designerEntryKey} is not an entry of the build (vite.config.ts build.rolldownOptions.input)`);
    return false;
  }
  const initial = staticClosure(manifest, [designerEntryKey]);
  const gzipOf = async (keys) => {
    let total = 0;
    for (const key of keys) total += (await sizes(manifest[key].file)).gzip;
    return total;
  };
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
  console.log(`\nInitial chunks of the designer page (${designerEntryKey}), loaded by every route:`);
  table(rows);
  console.log(`  designer page JS, gzip, React included: ${kib(js)}`);

  // A route's figure: the page's chunks and the route's dynamic imports with their static imports, once each.
  let ok = true;
  const routeChunks = {};
  for (const route of designerRoutes) {
    const keys = route.modules.map((path) => moduleKey(manifest, path));
    if (keys.some((key) => !key)) {
      console.error(`size budget: ${route.modules.join(', ')} is not a chunk of the build any more: update designerRoutes in scripts/sizeBudget.js`);
      ok = false;
      continue;
    }
    const extra = staticClosure(manifest, keys).filter((key) => !initial.includes(key));
    routeChunks[route.name] = extra;
    const routeJs = js + (await gzipOf(extra));
    const routeOk = routeJs <= budgets.designerJs;
    ok &&= routeOk;
    console.log(`\nThe designer with ${route.name}: the page's chunks and`);
    table(await Promise.all(extra.map(async (key) => ({ kind: 'JS (route)', file: manifest[key].file, ...(await sizes(manifest[key].file)) }))));
    console.log(`${routeOk ? '✓' : '✗'} designer JS with ${route.name}, gzip, React included: ${kib(routeJs)} (budget ${kib(budgets.designerJs)})`);
  }
  const editor = routeChunks[designerRoutes[1].name];
  if (editor) {
    const examplesKey = moduleKey(manifest, designerExamples);
    const examples = examplesKey ? staticClosure(manifest, [examplesKey]).filter((key) => !initial.includes(key) && !editor.includes(key)) : [];
    const editorJs = js + (await gzipOf(editor));
    const exampleData = (await readdir(join(outDir, 'assets'))).filter((name) => /\.service-[\w-]+\.json$/.test(name));
    let exampleDataGzip = 0;
    for (const name of exampleData) exampleDataGzip += (await sizes(join('assets', name))).gzip;
    console.log(`  for information: a first run in a fresh browser also loads items.ts to seed the workspace first: ${kib(editorJs + (await gzipOf(examples)))} of JavaScript, and fetches ${exampleData.length} example definitions as JSON data, ${kib(exampleDataGzip)} gzip`);
    const afterKeys = designerAfterPaint.map((path) => moduleKey(manifest, path));
    if (afterKeys.some((key) => !key)) {
      console.error(`size budget: ${designerAfterPaint.join(', ')} are not all chunks of the build any more: update designerAfterPaint in scripts/sizeBudget.js`);
      ok = false;
    } else {
      const after = staticClosure(manifest, afterKeys).filter((key) => !initial.includes(key) && !editor.includes(key));
      console.log(`  for information: loaded right after the editor's first paint (the compiler, the selection forms), not counted: ${kib(await gzipOf(after))}`);
    }
  }
  console.log('\nDesigner lazy chunks and workers (loaded on demand, not counted):');
  table(lazyRows.sort((a, b) => b.gzip - a.gzip));
  console.log(`  designer lazy JS in all, gzip: ${kib(lazyJs)}`);
  return ok;
}

process.exitCode = await main();
