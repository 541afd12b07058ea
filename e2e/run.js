// Browser tests: one build, one `vite preview` server, one Debian Chromium for every e2e/*.spec.js.
//
// A spec exports async functions; each is a test and receives { page, context, baseURL, guard, screenshot }.
// Every test runs in a fresh page under the guard (guard.js): a page error, console error, CSP violation,
// HTTP >= 400, failed request or request off 127.0.0.1 fails it. The last line is `e2e: N passed, M failed`.
//
// Env: E2E_SKIP_BUILD=1 reuses dist-web/; E2E_FILTER=text runs only tests whose name contains it;
// E2E_TIMEOUT_MS caps the whole run (default 10 minutes), E2E_TEST_TIMEOUT_MS each test (default 60 s);
// E2E_OUT_DIR builds to and serves from another folder than dist-web/ (runs side by side do not rebuild each
// other's pages mid-run).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { installGuard } from './guard.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const e2eDir = fileURLToPath(new URL('.', import.meta.url));
const resultsDir = join(root, 'test-results');
const chromiumPath = '/usr/bin/chromium';
const runTimeout = Number(process.env.E2E_TIMEOUT_MS ?? 10 * 60_000);
const testTimeout = Number(process.env.E2E_TEST_TIMEOUT_MS ?? 60_000);
const vite = join(root, 'node_modules/vite/bin/vite.js');
const outDir = process.env.E2E_OUT_DIR || 'dist-web';

let server;
let context;
let userDataDir;

async function cleanUp() {
  await context?.close().catch(() => {});
  context = undefined;
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    const timer = setTimeout(() => server.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  }
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
}

async function abort(message) {
  console.error(`\ne2e: ${message}`);
  await cleanUp();
  console.log('e2e: 0 passed, 1 failed');
  process.exit(1);
}

const hardStop = setTimeout(() => void abort(`the run exceeded E2E_TIMEOUT_MS=${runTimeout} ms, stopping`), runTimeout);
hardStop.unref();
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void abort(`stopped by ${signal}`));

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function startPreview() {
  const port = await freePort();
  // node …/vite.js directly, not npx: killing an npx wrapper leaves the server running (STACK.md).
  server = spawn(process.execPath, [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const baseURL = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}:\n${output}`);
    try {
      const response = await fetch(baseURL);
      if (response.ok) return baseURL;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`vite preview did not answer on ${baseURL} within 20 s:\n${output}`);
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function collectTests() {
  const filter = process.env.E2E_FILTER;
  const files = (await readdir(e2eDir)).filter((name) => name.endsWith('.spec.js')).sort();
  const tests = [];
  for (const file of files) {
    const spec = await import(pathToFileURL(join(e2eDir, file)).href);
    for (const [name, run] of Object.entries(spec)) {
      if (typeof run !== 'function') continue;
      const title = `${file} › ${name}`;
      if (!filter || title.includes(filter)) tests.push({ title, file, name, run });
    }
  }
  return tests;
}

async function main() {
  if (!existsSync(chromiumPath)) {
    await abort(`Chromium not found at ${chromiumPath}: run \`apt-get update && apt-get install -y chromium fonts-noto-cjk\``);
  }
  const tests = await collectTests();
  if (tests.length === 0) await abort('no tests found in e2e/*.spec.js');

  if (process.env.E2E_SKIP_BUILD === '1') {
    if (!existsSync(resolve(root, outDir, 'index.html'))) await abort(`E2E_SKIP_BUILD=1 but ${outDir}/index.html does not exist`);
    console.log(`e2e: reusing ${outDir}/ (E2E_SKIP_BUILD=1)`);
  } else {
    const started = Date.now();
    const build = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn', '--outDir', outDir], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) await abort(`vite build failed (exit ${build.status})`);
    console.log(`e2e: built ${outDir}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }

  const baseURL = await startPreview();
  console.log(`e2e: preview server on ${baseURL}`);
  await mkdir(resultsDir, { recursive: true });
  for (const stale of (await readdir(resultsDir)).filter((name) => name.startsWith('failed-'))) await rm(join(resultsDir, stale));
  userDataDir = await mkdtemp(join(tmpdir(), 'banshi-e2e-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
  });
  const guard = await installGuard(context);
  for (const page of context.pages()) await page.close();

  let passed = 0;
  let failed = 0;
  for (const test of tests) {
    const started = Date.now();
    const page = await context.newPage();
    guard.take();
    const screenshot = async (name) => {
      const path = join(resultsDir, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    };
    let error;
    try {
      await withTimeout(test.run({ page, context, baseURL, guard, screenshot }), testTimeout, test.title);
    } catch (caught) {
      error = caught;
    }
    // Late console errors and failed requests of the test's own page still count against it.
    await page.waitForTimeout(100).catch(() => {});
    const problems = guard.take();
    if (error) {
      await page.screenshot({ path: join(resultsDir, `failed-${test.file}-${test.name}.png`), fullPage: true }).catch(() => {});
    }
    await page.close().catch(() => {});
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (!error && problems.length === 0) {
      passed += 1;
      console.log(`  ✓ ${test.title} (${seconds} s)`);
    } else {
      failed += 1;
      console.log(`  ✗ ${test.title} (${seconds} s)`);
      if (error) console.log(indent(error.stack ?? String(error)));
      if (problems.length > 0) console.log(indent(`the guard recorded:\n${problems.map((p) => `- ${p}`).join('\n')}`));
    }
  }

  await cleanUp();
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

function indent(text) {
  return text.split('\n').map((line) => `      ${line}`).join('\n');
}

main().catch((error) => abort(error.stack ?? String(error)));
