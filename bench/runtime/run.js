// Citizen runtime vs react-jsonschema-form, in Chromium: `node bench/runtime/run.js` (a benchmark, not a test).
//
// Builds bench/runtime/ (vite.config.ts there) to bench/runtime/dist/, serves it on 127.0.0.1, and for N = 50, 300
// and 1,000 fields loads each page RUNS times, interleaved (ours, rjsf, rjsf, ours, …). Each load measures, in the
// page (harness.tsx): mount (first field painted), every field rendered (`complete`, checked on each animation
// frame), 20 keystrokes into the first text field (mean), and two submits with empty required fields (the second,
// warm, is the figure). Prints medians and ratios; writes bench/runtime/dist/results.json.
//
// Env: BENCH_RUNS (default 5), BENCH_SIZES (default 50,300,1000), BENCH_SKIP_BUILD=1.
/* global document, window */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const dist = join(here, 'dist');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const sizes = (process.env.BENCH_SIZES ?? '50,300,1000').split(',').map(Number);
const keystrokes = 20;
const hasOurs = existsSync(join(root, 'runtime/react/index.ts'));

/** How each page is driven: the first text field's label, the submit button, the error summary. */
const SIDES = {
  ours: { submit: 'form button[type=submit]', summary: '.bs-error-summary' },
  rjsf: { submit: 'button[type=submit]', summary: '.errors' },
};
const sides = hasOurs ? ['ours', 'rjsf'] : ['rjsf'];

let server;
let context;
let userDataDir;

async function cleanUp() {
  await context?.close().catch(() => {});
  if (server) await new Promise((resolve) => server.close(resolve));
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
}

function median(values) {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const mime = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };

function serve() {
  return new Promise((resolve) => {
    server = createServer(async (request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      try {
        const body = await readFile(join(dist, path));
        response.writeHead(200, { 'Content-Type': mime[extname(path)] ?? 'application/octet-stream' });
        response.end(body);
      } catch {
        response.writeHead(404).end('not found');
      }
    });
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}/`));
  });
}

async function measure(baseURL, side, n) {
  const { submit, summary } = SIDES[side];
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  try {
    await page.goto(`${baseURL}${side}.html?n=${n}`);
    await page.waitForFunction(() => window.__bench?.mount != null, null, { timeout: 60_000, polling: 50 });
    // Every field rendered (ours paints a long step's first screen, then renders the rest in a transition): the
    // time is taken by a check on each animation frame, and typing starts only then, on both sides alike.
    await page.waitForFunction((count) => document.querySelectorAll('#root label').length >= count, n, { timeout: 60_000, polling: 'raf' });
    const complete = await page.evaluate(() => performance.now());
    const field = page.getByLabel('第1项 文本').first();
    await field.click();
    const before = await page.evaluate(() => ({ commits: window.__bench.commits, renderMs: window.__bench.renderMs }));
    for (let k = 0; k < keystrokes; k += 1) {
      await page.evaluate(() => window.__bench.arm('keystroke'));
      await page.keyboard.press(String.fromCharCode(97 + k));
      await page.waitForFunction((count) => window.__bench.keystroke.length >= count || window.__bench.error, k + 1, { polling: 10 });
    }
    const typedWork = await page.evaluate(() => ({ commits: window.__bench.commits, renderMs: window.__bench.renderMs }));
    const typed = await field.inputValue();
    if (typed.length !== keystrokes) problems.push(`typed ${keystrokes} characters, the field holds "${typed}"`);
    let submitWork = before;
    for (let s = 0; s < 2; s += 1) {
      if (s === 1) submitWork = await page.evaluate(() => ({ commits: window.__bench.commits, renderMs: window.__bench.renderMs }));
      await page.evaluate((selector) => window.__bench.arm('validation', selector), summary);
      await page.locator(submit).first().click();
      await page.waitForFunction((count) => window.__bench.validation.length >= count || window.__bench.error, s + 1, { polling: 10, timeout: 60_000 });
    }
    const result = await page.evaluate(() => ({ ...window.__bench }));
    if (result.error) problems.push(result.error);
    const mean = result.keystroke.reduce((a, b) => a + b, 0) / result.keystroke.length;
    return {
      mount: result.mount,
      complete,
      keystroke: mean,
      keystrokeMax: Math.max(...result.keystroke),
      // React render work (Profiler actualDuration) and commits: per keystroke, and for the warm submit.
      keystrokeRenderMs: (typedWork.renderMs - before.renderMs) / keystrokes,
      keystrokeCommits: (typedWork.commits - before.commits) / keystrokes,
      validationCold: result.validation[0],
      validation: result.validation[1],
      validationRenderMs: result.renderMs - submitWork.renderMs,
      validationCommits: result.commits - submitWork.commits,
      problems,
    };
  } finally {
    await page.close();
  }
}

const fmt = (ms) => (Number.isFinite(ms) ? (ms < 10 ? ms.toFixed(2) : ms.toFixed(1)) : '—');

async function main() {
  if (!hasOurs) console.log('bench: runtime/react/index.ts does not exist yet: building and measuring the RJSF side only');

  const { module: check } = await runnerImport(join(here, 'check.ts'), { root });
  for (const n of sizes) {
    const problems = check.checkGenerator(n);
    if (problems.length > 0) throw new Error(`generator check failed for N=${n}:\n${problems.join('\n')}`);
  }
  console.log(`bench: generator checked against the compiler and package.schema.json for N = ${sizes.join(', ')}`);

  if (process.env.BENCH_SKIP_BUILD !== '1') {
    const build = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '-c', join(here, 'vite.config.ts')], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, BENCH_SIDES: sides.join(',') },
    });
    if (build.status !== 0) throw new Error(`vite build failed (${build.status})`);
  }
  const baseURL = await serve();
  userDataDir = await mkdtemp(join(tmpdir(), 'banshi-bench-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
  });
  const browserVersion = context.browser()?.version() ?? (await (await context.newPage()).evaluate(() => navigator.userAgent));

  const samples = {};
  for (const n of sizes) {
    for (const side of sides) samples[`${side}:${n}`] = [];
    // One warm-up load per side (JIT, HTTP cache), not counted.
    for (const side of sides) await measure(baseURL, side, n);
    for (let r = 0; r < runs; r += 1) {
      const order = r % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) {
        const sample = await measure(baseURL, side, n);
        if (sample.problems.length > 0) throw new Error(`${side} N=${n}: ${sample.problems.join('; ')}`);
        samples[`${side}:${n}`].push(sample);
        process.stdout.write(`  ${side.padEnd(4)} N=${String(n).padEnd(4)} run ${r + 1}: mount ${fmt(sample.mount)} ms, complete ${fmt(sample.complete)} ms, keystroke ${fmt(sample.keystroke)} ms, validation ${fmt(sample.validation)} ms (cold ${fmt(sample.validationCold)})\n`);
      }
    }
  }

  const rows = [];
  for (const n of sizes) {
    const m = (side, key) => median((samples[`${side}:${n}`] ?? []).map((s) => s[key]));
    const row = { n };
    for (const side of sides) {
      for (const key of ['mount', 'complete', 'keystroke', 'keystrokeMax', 'keystrokeRenderMs', 'keystrokeCommits', 'validation', 'validationCold', 'validationRenderMs', 'validationCommits']) {
        row[`${side}.${key}`] = m(side, key);
      }
    }
    rows.push(row);
  }
  console.log(`\nCitizen runtime vs react-jsonschema-form — medians of ${runs} runs (ms); ratio = ours / RJSF`);
  console.log(`Chromium ${browserVersion}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}\n`);
  const header = ['N', 'mount ours', 'mount RJSF', 'ratio', 'all fields ours', 'all fields RJSF', 'ratio', 'keystroke ours', 'keystroke RJSF', 'ratio', 'validation ours', 'validation RJSF', 'ratio'];
  const lines = rows.map((row) => {
    const cell = (key) => [fmt(row[`ours.${key}`]), fmt(row[`rjsf.${key}`]), Number.isFinite(row[`ours.${key}`]) ? (row[`ours.${key}`] / row[`rjsf.${key}`]).toFixed(2) : '—'];
    return [String(row.n), ...cell('mount'), ...cell('complete'), ...cell('keystroke'), ...cell('validation')];
  });
  console.log(`| ${header.join(' | ')} |\n|${header.map((_, i) => (i === 0 ? '---:' : '---:')).join('|')}|`);
  for (const line of lines) console.log(`| ${line.join(' | ')} |`);
  console.log('\nReact render work (Profiler actualDuration, medians, ms) and commits:');
  for (const row of rows) {
    for (const side of sides) {
      console.log(`  ${side.padEnd(4)} N=${String(row.n).padEnd(4)} per keystroke ${fmt(row[`${side}.keystrokeRenderMs`])} ms in ${row[`${side}.keystrokeCommits`]} commit(s); warm submit ${fmt(row[`${side}.validationRenderMs`])} ms in ${row[`${side}.validationCommits`]} commit(s)`);
    }
  }
  await writeFile(join(dist, 'results.json'), `${JSON.stringify({ runs, sizes, browserVersion, cpu: cpus()[0]?.model, rows, samples }, null, 2)}\n`);
  console.log(`\nbench: raw samples in ${join('bench/runtime/dist/results.json')}`);
}

try {
  await main();
  await cleanUp();
  process.exit(0);
} catch (error) {
  console.error(`bench: ${error.stack ?? error}`);
  await cleanUp();
  process.exit(1);
}
