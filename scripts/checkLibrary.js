// Builds the library entries (runtime/vite.lib.config.ts + tsconfig.lib.json) and checks what a portal's bundler
// would rely on: every entry and its declarations exist; the entries import nothing from outside but React and
// our own chunks (React stays the portal's); the engine entry runs in plain Node (no DOM, no React) and gives a
// real verdict on an example's samples. Run by npm test; `node scripts/checkLibrary.js`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const problems = [];
const check = (ok, message) => {
  if (!ok) problems.push(message);
};

const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status === 0;
if (!run(['node_modules/vite/bin/vite.js', 'build', '-c', 'runtime/vite.lib.config.ts', '--logLevel', 'warn'])) problems.push('vite library build failed');
if (!run(['node_modules/typescript/bin/tsc', '-p', 'tsconfig.lib.json'])) problems.push('declaration build (tsconfig.lib.json) failed');

const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const entries = ['./runtime/react', './runtime/element', './runtime/engine', './runtime/case'];
for (const name of entries) {
  const entry = packageJson.exports[name];
  check(existsSync(join(root, entry.import)), `${name}: ${entry.import} was not built`);
  check(existsSync(join(root, entry.types)), `${name}: ${entry.types} was not emitted`);
}
check(existsSync(join(root, packageJson.exports['./runtime/style.css'])), 'the runtime stylesheet was not built');

// Only React (the portal's) and our own relative chunks may be imported by the built files.
const libDir = join(root, 'dist-lib');
for (const file of readdirSync(libDir).filter((name) => name.endsWith('.js'))) {
  const code = readFileSync(join(libDir, file), 'utf8');
  for (const [, specifier] of code.matchAll(/\bfrom\s*["']([^"']+)["']/g)) {
    check(specifier.startsWith('./') || /^react(-dom)?($|\/)/.test(specifier), `${file} imports ${specifier}, which a portal would have to provide`);
  }
}

// The engine entry in plain Node: the pension example's samples get the verdicts they document.
const engine = await import(pathToFileURL(join(libDir, 'engine.js')).href);
const example = join(root, 'examples/gd-pension-enrolment');
const pkg = JSON.parse(readFileSync(join(example, 'gd-pension-enrolment.package.json'), 'utf8'));
let samples = 0;
for (const file of readdirSync(join(example, 'samples'))) {
  const sample = JSON.parse(readFileSync(join(example, 'samples', file), 'utf8'));
  const verdict = engine.validateSubmission(pkg, sample.data, { locale: 'zh-CN' }).valid;
  check(verdict === sample.expect.valid, `engine entry: ${file} should be ${sample.expect.valid ? 'valid' : 'invalid'}`);
  samples += 1;
}
check(samples >= 2, 'no samples were checked');

// The case entry in plain Node (React is external and installed): the official calendar counts 5 working days
// from 2026-09-29 over National Day and the make-up Saturday to 2026-10-12, and an administrator's table extends it.
const afterSubmission = await import(pathToFileURL(join(libDir, 'case.js')).href);
check(afterSubmission.addWorkingDays('2026-09-29', 5).date === '2026-10-12', 'case entry: addWorkingDays does not follow the 2026 schedule');
const typhoon = { name: { 'zh-CN': '台风停工', en: 'Typhoon closure' }, from: '2026-10-12', to: '2026-10-12' };
const local = afterSubmission.createCalendar({ years: { 2026: { holidays: [typhoon], makeUpDays: [] } } });
check(afterSubmission.addWorkingDays('2026-09-29', 5, local).date === '2026-10-13', "case entry: an administrator's extra day off is not counted");
check(typeof afterSubmission.Rating === 'function' && typeof afterSubmission.CaseProgress === 'function', 'case entry: the views are not exported');

if (problems.length > 0) {
  console.error(`library check failed:\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}
console.log(`library check: ${entries.length} entries with declarations, React external, engine entry verified on ${samples} samples, case entry's calendar checked`);
