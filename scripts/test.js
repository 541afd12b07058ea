// `npm test`: the whole suite, as CI runs it (.ci/run). Stages run in order and stop at the first failure.
// The last line is `N passed, N failed` (vitest + browser tests; a stage that fails outside a test runner
// counts as one failure), which CI reads.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const chromiumPath = '/usr/bin/chromium';
const installCommand = 'apt-get update && apt-get install -y chromium fonts-noto-cjk';
const vitestReport = 'test-results/vitest.json';
const counts = { passed: 0, failed: 0 };

/** Runs a command with inherited env, streaming its output; resolves to { code, output }. */
function run(command, args, { capture = false, env = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (capture) {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        process.stdout.write(chunk);
      });
      child.stderr.on('data', (chunk) => {
        output += chunk;
        process.stderr.write(chunk);
      });
    }
    child.on('error', (error) => resolve({ code: 1, output: String(error) }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const node = (script, ...args) => [process.execPath, [script, ...args]];
const npmRun = (script) => [process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', script]];

async function ensureChromium() {
  if (existsSync(chromiumPath)) return { code: 0 };
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error(`Chromium not found at ${chromiumPath}. Install it (as root) with:\n  ${installCommand}`);
    return { code: 1 };
  }
  console.log(`Chromium not found at ${chromiumPath}: installing it with \`${installCommand}\``);
  return run('sh', ['-c', installCommand], { env: { DEBIAN_FRONTEND: 'noninteractive' } });
}

async function vitest(filters = [], env = {}) {
  await rm(`${root}${vitestReport}`, { force: true });
  await mkdir(`${root}test-results`, { recursive: true });
  const [command, args] = node('node_modules/vitest/vitest.mjs', 'run', ...filters, '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`);
  const result = await run(command, args, { env });
  try {
    const report = JSON.parse(await readFile(`${root}${vitestReport}`, 'utf8'));
    counts.passed += report.numPassedTests;
    counts.failed += report.numFailedTests;
    // A file that fails to load has no failed test but fails the run: count it so the summary says so.
    if (result.code !== 0 && report.numFailedTests === 0) counts.failed += 1;
    return { ...result, counted: true };
  } catch {
    return { ...result, code: result.code || 1 };
  }
}

async function e2e() {
  const [command, args] = node('e2e/run.js');
  const result = await run(command, args, { capture: true });
  const summary = [...result.output.matchAll(/^e2e: (\d+) passed, (\d+) failed$/gm)].at(-1);
  if (!summary) return { ...result, code: result.code || 1 };
  counts.passed += Number(summary[1]);
  counts.failed += Number(summary[2]);
  return { ...result, counted: true };
}

const stages = [
  ['Chromium present', ensureChromium],
  ['generated types up to date (scripts/genTypes.js --check)', () => run(...node('scripts/genTypes.js', '--check'))],
  ['generated validators up to date (scripts/genValidators.js --check)', () => run(...node('scripts/genValidators.js', '--check'))],
  ['typecheck (npm run typecheck)', () => run(...npmRun('typecheck'))],
  ['lint and dependency rules (eslint . --max-warnings 0)', () => run(...node('node_modules/eslint/bin/eslint.js', '.', '--max-warnings', '0'))],
  // The CLI tests start the real `banshi` binary, which runs from dist/: build it first.
  ['Node build (npm run build:node)', () => run(...npmRun('build:node'))],
  ['library entries (scripts/checkLibrary.js: ES modules, declarations, React external)', () => run(...node('scripts/checkLibrary.js'))],
  ['unit and component tests (vitest run, TZ=Asia/Shanghai)', () => vitest([], { TZ: 'Asia/Shanghai' })],
  // Civil dates (birth dates, deadlines) must not depend on the machine's time zone: run those tests again in UTC.
  ['date tests again under TZ=UTC (schemas/formats, runtime/engine)', () => vitest(['schemas/formats', 'runtime/engine'], { TZ: 'UTC' })],
  ['browser tests (node e2e/run.js)', e2e],
  // Reuses the build the browser tests just made (dist-web/): the runtime's initial JS and CSS and the designer's
  // initial JS, gzip.
  ['size budgets: runtime and designer (scripts/sizeBudget.js dist-web)', () => run(...node('scripts/sizeBudget.js', 'dist-web'))],
];

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const suiteStart = Date.now();
const timings = [];
let failedStage;
for (const [name, stage] of stages) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const result = await stage();
  const took = Date.now() - started;
  timings.push([name, took, result.code === 0]);
  console.log(`${result.code === 0 ? '✓' : '✗'} ${name} (${seconds(took)})`);
  if (result.code !== 0) {
    failedStage = name;
    if (!result.counted) counts.failed += 1;
    break;
  }
}

console.log('\nStages:');
for (const [name, took, ok] of timings) console.log(`  ${ok ? '✓' : '✗'} ${seconds(took).padStart(7)}  ${name}`);
console.log(`  total ${seconds(Date.now() - suiteStart)}`);
if (failedStage) console.error(`\nnpm test FAILED at stage: ${failedStage}`);
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(failedStage ? 1 : 0);
