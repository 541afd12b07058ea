/**
 * Compile and validation time by graph size, standalone on the built compiler (issue 4). Run:
 *   npm run build:node && npm run bench:scaling
 *   npm run bench:scaling -- --rounds 7 --only compile     (or --only validate: ajv, the engine and the walk)
 *   npm run bench:scaling -- --dist /tmp/old-dist           (another build, e.g. of an earlier commit)
 *
 * Every measurement runs in a fresh Node process that holds only its own definition, so one size's heap does
 * not slow the other's garbage collection; the sizes alternate round by round, so a busy moment on a shared
 * machine hits both. Each compile measurement warms up 5 times, times 20 compiles and reports the median; each
 * validation measurement validates a valid submission (the first option of every situation, as in
 * compile.bench.ts) with ajv as strict as designer/compiler/testing/ajv.ts makes it, then with the runtime engine's
 * own validator (runtime/engine/validate.ts, what the citizen's browser runs), and finally times a plain walk of the
 * same submission as a reference for what linear growth looks like on the machine.
 *
 * Definitions come from bench/sizes.ts (loaded through Vite's module runner, so no TypeScript build of the
 * benchmark code is needed) and are written as JSON to a temporary folder first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const script = fileURLToPath(import.meta.url);
const COMPILE_SIZES = [250, 1000, 4000];
const VALIDATE_SIZES = [250, 1000, 4000];
/**
 * ajv compiles a package's schema into one function whose local variables grow with the graph; at 4,000 nodes its
 * interpreter frame no longer fits Node's default stack (about 1 MB) and validation throws a RangeError. The
 * validation runs get a larger stack so that size can be measured at all.
 */
const VALIDATE_STACK_KB = 4000;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

if (process.argv[2] === '--child') {
  const [, , , mode, dist, definitionFile, dataFile] = process.argv;
  const timers = { compile: timeCompile, validate: timeValidate, engine: timeEngine, walk: timeWalk };
  const result = await timers[mode](dist, definitionFile, dataFile);
  console.log(JSON.stringify(result));
} else {
  await main();
}

async function main() {
  const option = (name, fallback) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? process.argv[at + 1] : fallback;
  };
  const rounds = Number(option('rounds', '5'));
  const only = option('only', 'both');
  const dist = option('dist', join(root, 'dist'));
  if (!existsSync(join(dist, 'designer/compiler/index.js'))) {
    console.error(`bench:scaling measures the built compiler: run \`npm run build:node\` first (no ${dist}).`);
    process.exit(1);
  }
  const folder = mkdtempSync(join(tmpdir(), 'banshi-scaling-'));
  try {
    const files = await writeDefinitions(folder, [...new Set([...COMPILE_SIZES, ...VALIDATE_SIZES])]);
    console.log(`Node ${process.version}, ${dist}, ${rounds} rounds, sizes alternating in fresh processes\n`);
    if (only !== 'validate') report('compile', COMPILE_SIZES, files, rounds, dist, 'ms per compile (median of 20)');
    if (only !== 'compile') {
      report('validate', VALIDATE_SIZES, files, rounds, dist, 'ms per validation (ajv on the package schema, median)');
      report('engine', VALIDATE_SIZES, files, rounds, dist, 'ms per validation (the runtime engine, validateSubmission in runtime/engine, median)');
      report('walk', VALIDATE_SIZES, files, rounds, dist, 'ms per walk of the submission (every value visited once: what linear looks like on this machine, median)');
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function report(mode, sizes, files, rounds, dist, unit) {
  const results = new Map(sizes.map((size) => [size, []]));
  for (let round = 0; round < rounds; round++) {
    for (const size of sizes) {
      const { definition, data } = files.get(size);
      const flags = mode === 'validate' ? [`--stack-size=${VALIDATE_STACK_KB}`] : [];
      const output = execFileSync(process.execPath, [...flags, script, '--child', mode, dist, definition, data], { encoding: 'utf8' });
      results.get(size).push(JSON.parse(output).ms);
    }
  }
  console.log(`${mode}: ${unit}`);
  const base = median(results.get(1000));
  const digits = mode === 'compile' ? 1 : mode === 'walk' ? 4 : 3;
  for (const size of sizes) {
    const runs = results.get(size);
    const nodes = files.get(size).nodes;
    const ratio = (median(runs) / base).toFixed(2);
    console.log(
      `  ${String(nodes).padStart(5)} nodes  median ${median(runs).toFixed(digits).padStart(8)}  ` +
        `(${ratio}× the 1,000-node size; rounds: ${runs.map((ms) => ms.toFixed(digits)).join(' ')})`,
    );
  }
  const per = results.get(4000).map((ms, i) => (ms / results.get(1000)[i]).toFixed(2));
  console.log(`  4,000 / 1,000 per round: ${per.join(' ')}\n`);
}

/** Definitions and valid submissions from bench/sizes.ts, as JSON files. */
async function writeDefinitions(folder, sizes) {
  const { runnerImport } = await import('vite');
  const load = async (file) => (await runnerImport(join(root, file), { root, configFile: false, logLevel: 'error' })).module;
  const { largeDefinition } = await load('bench/sizes.ts');
  const { submissionFor } = await load('designer/compiler/testing/submission.ts');
  const files = new Map();
  for (const size of sizes) {
    const definition = largeDefinition(size);
    const answers = Object.fromEntries(
      definition.flow.nodes.flatMap((node) => (node.kind === 'situation' ? [[node.key, node.options?.[0]?.value ?? true]] : [])),
    );
    const paths = { definition: join(folder, `definition-${size}.json`), data: join(folder, `data-${size}.json`) };
    writeFileSync(paths.definition, JSON.stringify(definition));
    writeFileSync(paths.data, JSON.stringify(submissionFor(definition, answers).data));
    files.set(size, { ...paths, nodes: definition.flow.nodes.length });
  }
  return files;
}

async function loadCompiler(dist) {
  return import(pathToFileURL(join(dist, 'designer/compiler/index.js')).href);
}

async function timeCompile(dist, definitionFile) {
  const { compile } = await loadCompiler(dist);
  const definition = JSON.parse(readFileSync(definitionFile, 'utf8'));
  for (let i = 0; i < 5; i++) compile(definition);
  const times = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    compile(definition);
    times.push(performance.now() - start);
  }
  return { ms: median(times) };
}

/** Batches of validations (about 20 ms each at any size) after a warm-up; the median batch's time per call. */
function timeBatches(nodes, call) {
  const perBatch = Math.max(5, Math.round(20_000 / nodes));
  for (let i = 0; i < 10 * perBatch; i++) call();
  const times = [];
  for (let batch = 0; batch < 30; batch++) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) call();
    times.push((performance.now() - start) / perBatch);
  }
  return { ms: median(times) };
}

/** The CSP-safe validator the citizen runtime runs (same verdict as ajv, tested), on the compiled package. */
async function timeEngine(dist, definitionFile, dataFile) {
  const { compile } = await loadCompiler(dist);
  const { validateSubmission } = await import(pathToFileURL(join(dist, 'runtime/engine/validate.js')).href);
  const definition = JSON.parse(readFileSync(definitionFile, 'utf8'));
  const data = JSON.parse(readFileSync(dataFile, 'utf8'));
  const pkg = compile(definition).package;
  const first = validateSubmission(pkg, data);
  if (!first.valid) throw new Error(`benchmark submission is invalid: ${JSON.stringify(first.errors[0])}`);
  return timeBatches(definition.flow.nodes.length, () => validateSubmission(pkg, data));
}

/**
 * A reference, not a validator: a recursive walk that visits every value of the submission once. Linear work,
 * yet on this machine it grows by more than the data does from 1,000 to 4,000 nodes (caches, garbage collection);
 * a validator growing like this walk grows like the graph.
 */
async function timeWalk(_dist, definitionFile, dataFile) {
  const definition = JSON.parse(readFileSync(definitionFile, 'utf8'));
  const data = JSON.parse(readFileSync(dataFile, 'utf8'));
  const walk = (value) => {
    if (typeof value !== 'object' || value === null) return 1;
    let count = 0;
    for (const key of Object.keys(value)) count += walk(value[key]);
    return count;
  };
  let sink = 0;
  const result = timeBatches(definition.flow.nodes.length, () => (sink += walk(data)));
  if (sink === 0) throw new Error('the submission is empty');
  return result;
}

async function timeValidate(dist, definitionFile, dataFile) {
  const { compile } = await loadCompiler(dist);
  const { banshiFormats } = await import(pathToFileURL(join(dist, 'schemas/formats/index.js')).href);
  const require = createRequire(join(root, 'package.json'));
  const { Ajv2020 } = require('ajv/dist/2020.js');
  const addFormats = require('ajv-formats');
  // As designer/compiler/testing/ajv.ts: strict, every error, own properties only, Banshi's formats registered.
  const ajv = new Ajv2020({ strict: true, allErrors: true, ownProperties: true });
  (addFormats.default ?? addFormats)(ajv);
  for (const [name, check] of Object.entries(banshiFormats)) ajv.addFormat(name, check);
  const definition = JSON.parse(readFileSync(definitionFile, 'utf8'));
  const data = JSON.parse(readFileSync(dataFile, 'utf8'));
  const validate = ajv.compile(compile(definition).package.schema);
  if (!validate(data)) throw new Error(`benchmark submission is invalid: ${JSON.stringify(validate.errors?.[0])}`);
  return timeBatches(definition.flow.nodes.length, () => validate(data));
}
