import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compile } from '../compiler/index.ts';
import { definitionFromBlocks } from '../compiler/testing/generate.ts';
import { submissionFor } from '../compiler/testing/submission.ts';
import { validateSubmission } from '../../runtime/node/index.ts';
import { parseJson } from './jsonLocation.ts';
import { runCli } from './main.ts';
import { testItem, testPackage, validSubmission } from './testing/item.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = join(root, 'designer/app/testing/fixture.service.json');

/** An in-memory file system and captured output around runCli. */
function harness(files: Record<string, string> = {}) {
  const store = new Map(Object.entries(files).map(([name, text]) => [join('/work', name), text]));
  const out = { stdout: '', stderr: '' };
  const io = {
    stdout: { write: (text: string) => (out.stdout += text) },
    stderr: { write: (text: string) => (out.stderr += text) },
    cwd: '/work',
    env: {} as Record<string, string>,
    readFile: async (path: string) => {
      const text = store.get(path);
      if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return text;
    },
    writeFile: async (path: string, text: string) => void store.set(path, text),
  };
  return { io, out, store, run: (...argv: string[]) => runCli(argv, io) };
}

/** runCli on the real file system in `cwd` (directories, links, file sizes), with its output captured per run. */
async function onDisk(cwd: string, ...argv: string[]) {
  const out = { stdout: '', stderr: '' };
  const code = await runCli(argv, {
    stdout: { write: (text: string) => (out.stdout += text) },
    stderr: { write: (text: string) => (out.stderr += text) },
    cwd,
    env: {},
  });
  return { code, ...out };
}

const definitionText = JSON.stringify(testItem(), null, 2);

describe('banshi compile', () => {
  it('writes <id>.package.json next to the source, 2-space JSON with a trailing newline, and exits 0', async () => {
    const h = harness({ 'item.service.json': definitionText });
    expect(await h.run('compile', 'item.service.json')).toBe(0);
    const text = h.store.get('/work/test-item.package.json')!;
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toBe(`${JSON.stringify(testPackage(), null, 2)}\n`);
    expect(h.out.stdout).toContain('已写入 test-item.package.json');
  });

  it('writes into -o dir', async () => {
    const h = harness({ 'item.service.json': definitionText });
    expect(await h.run('compile', 'item.service.json', '-o', 'out', '--locale', 'en')).toBe(0);
    expect(h.store.has('/work/out/test-item.package.json')).toBe(true);
    expect(h.out.stdout).toContain('wrote out/test-item.package.json');
  });

  it('reports malformed JSON with file:line:column and a caret, exit 3, in both locales', async () => {
    const broken = definitionText.replace('"id": "test-item",', '"id": "test-item"');
    const line = broken.split('\n').findIndex((l) => l.includes('"version"')) + 1;
    for (const [locale, words] of [['zh-CN', 'JSON 格式错误'], ['en', 'Malformed JSON']] as const) {
      const h = harness({ 'bad.service.json': broken });
      expect(await h.run('compile', 'bad.service.json', '--locale', locale)).toBe(3);
      expect(h.out.stderr).toContain(`bad.service.json:${line}:3: ${words}`);
      expect(h.out.stderr).toMatch(/\n\s+\| \s*\^/);
      expect(h.out.stderr).not.toMatch(/\n\s+at /);
      expect(h.store.has('/work/test-item.package.json')).toBe(false);
    }
  });

  it('reports a schema violation with the JSON pointer and what was expected, exit 3, in both locales', async () => {
    const wrong = definitionText.replace('"answerType": "integer"', '"answerType": "count"');
    const zh = harness({ 'x.service.json': wrong });
    expect(await zh.run('compile', 'x.service.json')).toBe(3);
    expect(zh.out.stderr).toContain('/flow/nodes/2/answerType: 应当是以下之一：single-choice, multi-choice, yes-no, number, integer（现为 "count"）。');
    const en = harness({ 'x.service.json': wrong });
    expect(await en.run('lint', 'x.service.json', '--locale', 'en')).toBe(3);
    expect(en.out.stderr).toContain('/flow/nodes/2/answerType: must be one of: single-choice, multi-choice, yes-no, number, integer (got "count").');
  });

  it('refuses a newer or missing formatVersion with a clear message (exit 3)', async () => {
    const newer = harness({ 'x.service.json': JSON.stringify({ ...testItem(), formatVersion: 2 }) });
    expect(await newer.run('lint', 'x.service.json', '--locale', 'en')).toBe(3);
    expect(newer.out.stderr).toContain('formatVersion 2');
    const { formatVersion: _v, ...rest } = testItem();
    void _v;
    const missing = harness({ 'x.service.json': JSON.stringify(rest) });
    expect(await missing.run('lint', 'x.service.json')).toBe(3);
    expect(missing.out.stderr).toContain('缺少 formatVersion');
  });

  it('reports lint errors with their code and exits 1 without writing, in both locales', async () => {
    const item = testItem();
    item.flow.edges = item.flow.edges.filter((e) => e.target !== 'notEligible');
    const text = JSON.stringify(item);
    const zh = harness({ 'x.service.json': text });
    expect(await zh.run('compile', 'x.service.json')).toBe(1);
    expect(zh.out.stdout).toMatch(/^error SVC010 node notEligible: 节点/m);
    expect(zh.out.stdout).toContain('1 个错误');
    expect(zh.store.has('/work/test-item.package.json')).toBe(false);
    const en = harness({ 'x.service.json': text });
    expect(await en.run('lint', 'x.service.json', '--locale', 'en', '--json')).toBe(1);
    const json = JSON.parse(en.out.stdout) as { ok: boolean; diagnostics: { code: string; severity: string }[] };
    expect(json.ok).toBe(false);
    expect(json.diagnostics).toContainEqual(expect.objectContaining({ code: 'SVC010', severity: 'error' }));
  });

  it('reports a missing file with exit 3, in both locales', async () => {
    const h = harness();
    expect(await h.run('lint', 'nope.service.json')).toBe(3);
    expect(h.out.stderr).toContain('找不到文件 nope.service.json');
    const en = harness();
    en.io.env.LANG = 'en_GB.UTF-8';
    expect(await en.run('compile', 'nope.service.json')).toBe(3);
    expect(en.out.stderr).toContain('File not found: nope.service.json');
  });
});

describe('banshi validate', () => {
  const pkgText = JSON.stringify(testPackage());

  it('exits 0 for a valid submission', async () => {
    const h = harness({ 'p.json': pkgText, 'd.json': JSON.stringify(validSubmission()) });
    expect(await h.run('validate', 'p.json', 'd.json')).toBe(0);
    expect(h.out.stdout).toContain('提交数据有效');
  });

  it('prints each error with its code and path and exits 1, in both locales', async () => {
    const data = { ...validSubmission(), materials: {} };
    const zh = harness({ 'p.json': pkgText, 'd.json': JSON.stringify(data) });
    expect(await zh.run('validate', 'p.json', 'd.json')).toBe(1);
    expect(zh.out.stdout).toContain('error required /materials/photo: 缺少材料“照片”。');
    const en = harness({ 'p.json': pkgText, 'd.json': JSON.stringify(data) });
    expect(await en.run('validate', 'p.json', 'd.json', '--locale=en', '--json')).toBe(1);
    expect(JSON.parse(en.out.stdout)).toEqual({
      ok: false,
      valid: false,
      errors: [{ code: 'required', path: '/materials/photo', message: 'Material "Photo" is missing.' }],
    });
  });

  it('checks an example sample file ({ description, data, expect }) against its expectation', async () => {
    const data = { ...validSubmission(), materials: {} };
    const sample = (expect: unknown) => JSON.stringify({ description: { 'zh-CN': '缺少照片', en: 'No photo' }, data, expect });
    // given a sample whose expectation holds: exit 0, the errors, and a tick
    const held = harness({ 'p.json': pkgText, 's.json': sample({ valid: false, errors: [{ path: '/materials/photo', code: 'required' }] }) });
    expect(await held.run('validate', 'p.json', 's.json')).toBe(0);
    expect(held.out.stdout).toContain('s.json 是样例文件');
    expect(held.out.stdout).toContain('error required /materials/photo');
    expect(held.out.stdout).toContain('✓ 与样例预期一致：提交数据无效。');
    // an expected error that is not reported: exit 1, named
    const missing = harness({ 'p.json': pkgText, 's.json': sample({ valid: false, errors: [{ path: '/age', code: 'enum', note: 'mine' }] }) });
    expect(await missing.run('validate', 'p.json', 's.json', '--locale', 'en')).toBe(1);
    expect(missing.out.stdout).toContain('✗ The expected error enum /age was not reported.');
    const missingJson = harness({ 'p.json': pkgText, 's.json': sample({ valid: false, errors: [{ path: '/age', code: 'enum', note: 'mine' }] }) });
    await missingJson.run('validate', 'p.json', 's.json', '--json');
    expect(JSON.parse(missingJson.out.stdout).sample.missingErrors).toEqual([{ path: '/age', code: 'enum' }]);
    // the opposite verdict: exit 1, both verdicts said, and the JSON says so too
    const wrong = harness({ 'p.json': pkgText, 's.json': sample({ valid: true }) });
    expect(await wrong.run('validate', 'p.json', 's.json', '--json')).toBe(1);
    expect(JSON.parse(wrong.out.stdout)).toMatchObject({ ok: false, valid: false, sample: { expectedValid: true, expectationMet: false, missingErrors: [] } });
    const words = harness({ 'p.json': pkgText, 's.json': sample({ valid: true }) });
    await words.run('validate', 'p.json', 's.json');
    expect(words.out.stdout).toContain('✗ 与样例预期不符：预期有效，实际无效。');
  });

  it('says what is wrong with a package whose nodes are not objects, for a sample file too (exit 3, not a crash)', async () => {
    const pkg = testPackage();
    const broken = { ...pkg, flow: { ...pkg.flow, nodes: [...pkg.flow.nodes, null] } };
    const h = harness({ 'p.json': JSON.stringify(broken), 's.json': JSON.stringify({ data: validSubmission(), expect: { valid: true } }) });
    expect(await h.run('validate', 'p.json', 's.json', '--locale', 'en')).toBe(3);
    expect(h.out.stderr).toContain(`/flow/nodes/${pkg.flow.nodes.length}: must be a node object with an id and a kind.`);
  });

  it('validates every *.json file of a directory in one report, exit code the worst of them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'banshi-samples-'));
    const data = { ...validSubmission(), materials: {} };
    await writeFile(join(dir, 'a-held.json'), JSON.stringify({ data, expect: { valid: false, errors: [{ path: '/materials/photo', code: 'required' }] } }));
    await writeFile(join(dir, 'b-not-held.json'), JSON.stringify({ data, expect: { valid: true } }));
    await writeFile(join(dir, 'c-valid-submission.json'), JSON.stringify(validSubmission()));
    await writeFile(join(dir, 'notes.txt'), 'not JSON, not read');
    await writeFile(join(dir, '..', `${basename(dir)}.package.json`), pkgText);
    const pkgPath = join(dir, '..', `${basename(dir)}.package.json`);
    // given a sample that holds, one that does not and a valid submission: exit 1, and each file said
    const human = await onDisk(dir, 'validate', pkgPath, dir, '--locale', 'en');
    expect(human.code).toBe(1);
    expect(human.stdout).toContain('a-held.json is a sample file');
    expect(human.stdout).toContain('✗ Not as the sample expects: expected valid, got invalid.');
    expect(human.stdout).toContain('c-valid-submission.json: the submission is valid.');
    expect(human.stdout).toContain('✗ 1 of 3 files does not pass: b-not-held.json.');
    // and a malformed file makes it exit 3, listed with the others in the JSON report
    await writeFile(join(dir, 'd-broken.json'), '{ "data": ');
    const json = await onDisk(dir, 'validate', pkgPath, dir, '--json');
    expect(json.code).toBe(3);
    const report = JSON.parse(json.stdout) as { ok: boolean; files: { file: string; ok: boolean; problem?: { kind: string } }[] };
    expect(report.ok).toBe(false);
    expect(report.files.map((f) => [f.file, f.ok])).toEqual([['a-held.json', true], ['b-not-held.json', false], ['c-valid-submission.json', true], ['d-broken.json', false]]);
    expect(report.files[3]!.problem?.kind).toBe('json-syntax');
  });

  it('follows links, reports a broken one, and leaves the item’s own package and definition files alone', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'banshi-links-'));
    const elsewhere = await mkdtemp(join(tmpdir(), 'banshi-elsewhere-'));
    await writeFile(join(elsewhere, 'real.json'), JSON.stringify({ data: validSubmission(), expect: { valid: true } }));
    await symlink(join(elsewhere, 'real.json'), join(dir, 'linked.json'));
    await symlink(join(elsewhere, 'gone.json'), join(dir, 'broken.json'));
    await writeFile(join(dir, 'item.package.json'), pkgText);
    await writeFile(join(dir, 'item.service.json'), definitionText);
    const { code, ...out } = await onDisk(dir, 'validate', join(dir, 'item.package.json'), dir, '--json');
    const report = JSON.parse(out.stdout) as { files: { file: string; ok: boolean; problem?: { kind: string } }[] };
    expect(report.files.map((f) => [f.file, f.ok, f.problem?.kind])).toEqual([['broken.json', false, 'missing'], ['linked.json', true, undefined]]);
    expect(code).toBe(3);
  });

  it('refuses a data file too large to be a submission before reading it (exit 3)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'banshi-large-'));
    await writeFile(join(dir, 'p.package.json'), pkgText);
    // A sparse file: 65 MiB long without writing 65 MiB.
    await writeFile(join(dir, 'huge.json'), '{');
    await truncate(join(dir, 'huge.json'), 65 * 1024 * 1024);
    const { code, ...out } = await onDisk(dir, 'validate', 'p.package.json', 'huge.json', '--locale', 'en');
    expect(code).toBe(3);
    expect(out.stderr).toContain('huge.json is too large (65 MB, at most 64 MB) to be a definition, a package or a submission.');
  });

  it('says so when a directory holds no *.json file (exit 3)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'banshi-empty-'));
    const pkgPath = join(dir, 'p.package.json');
    await writeFile(pkgPath, pkgText);
    await mkdir(join(dir, 'samples'));
    const { code, ...out } = await onDisk(dir, 'validate', pkgPath, join(dir, 'samples'), '--locale', 'en');
    expect(code).toBe(3);
    expect(out.stderr).toContain('No *.json files in samples.');
  });

  it('treats a file with other keys besides data and expect as a submission', async () => {
    const h = harness({ 'p.json': pkgText, 'd.json': JSON.stringify({ data: validSubmission(), expect: { valid: true }, age: 'adult' }) });
    expect(await h.run('validate', 'p.json', 'd.json')).toBe(1);
    expect(h.out.stdout).not.toContain('样例文件');
    expect(h.out.stdout).toContain('/data');
  });

  it('says when the first file is not a package (exit 3)', async () => {
    const h = harness({ 'p.json': definitionText, 'd.json': '{}' });
    expect(await h.run('validate', 'p.json', 'd.json', '--locale', 'en')).toBe(3);
    expect(h.out.stderr).toContain('/packageFormat: must be 1');
  });

  it('reports malformed data JSON at the end of input (exit 3)', async () => {
    const h = harness({ 'p.json': pkgText, 'd.json': '{\n  "age": "adult",\n' });
    expect(await h.run('validate', 'p.json', 'd.json', '--locale', 'en')).toBe(3);
    expect(h.out.stderr).toContain('d.json:3:1: Malformed JSON: Unexpected end of JSON');
  });
});

describe('usage', () => {
  it('exits 2 for an unknown command, in both locales', async () => {
    const zh = harness();
    expect(await zh.run('frobnicate')).toBe(2);
    expect(zh.out.stderr).toContain('未知命令 “frobnicate”');
    const en = harness();
    expect(await en.run('frobnicate', '--locale', 'en')).toBe(2);
    expect(en.out.stderr).toContain('Unknown command "frobnicate"');
  });

  it('exits 2 for an unknown option, a missing argument or a bad locale', async () => {
    expect(await harness().run('compile', 'x', '--frob')).toBe(2);
    expect(await harness().run('validate', 'p.json')).toBe(2);
    expect(await harness().run('lint', 'x', '--locale', 'fr')).toBe(2);
    expect(await harness().run()).toBe(2);
  });

  it('documents the exit codes in --help and prints the version', async () => {
    const h = harness();
    expect(await h.run('--help', '--locale', 'en')).toBe(0);
    for (const code of ['0 ', '1 ', '2 ', '3 ', '70 ']) expect(h.out.stdout).toContain(`\n  ${code}`);
    const v = harness();
    expect(await v.run('--version')).toBe(0);
    expect(v.out.stdout).toMatch(/^banshi \d+\.\d+\.\d+\n$/);
  });

  it('turns an unexpected failure into exit 70 with "this is a bug", never a stack trace', async () => {
    const h = harness({ 'item.service.json': definitionText });
    h.io.writeFile = async () => {
      throw new Error('disk on fire');
    };
    expect(await h.run('compile', 'item.service.json', '--locale', 'en')).toBe(70);
    expect(h.out.stderr).toContain('This is a bug in Banshi');
    expect(h.out.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('JSON locations', () => {
  it('finds the line and column of a trailing comma that JSON.parse reports without a position', () => {
    const result = parseJson('{\n  "a": [1, 2,]\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect([result.problem.line, result.problem.column]).toEqual([2, 14]);
      expect(result.problem.message.en).toContain('Trailing comma');
    }
  });
});

/** Runs bin/banshi.js in a child process (with extra Node flags) and collects what it printed. */
function spawnCli(args: string[], options: { cwd: string; nodeFlags?: string[] }) {
  if (!existsSync(join(root, 'dist/designer/cli/main.js'))) {
    throw new Error('dist/ is missing: run `npm run build:node` before this test');
  }
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [...(options.nodeFlags ?? []), join(root, 'bin/banshi.js'), ...args], { cwd: options.cwd }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('bin/banshi.js (spawned)', () => {
  it('validates with the runtime engine, same verdict, when ajv runs out of stack on a large package', async () => {
    // A 500-node item: ajv's one generated function needs a frame of about 140 KB; with a 110 KB stack it
    // overflows while everything else fits (bench/compileScaling.mjs meets the same at 4,000 nodes on the
    // default stack).
    const blocks: Parameters<typeof definitionFromBlocks>[0] = [];
    for (let round = 0; definitionFromBlocks(blocks).flow.nodes.length < 500; round++) {
      blocks.push({ kind: 'choice', options: 3, cover: round % 2 ? 'all' : 'otherwise', branchLengths: [1, 2, 0], exitOn: null });
      blocks.push({ kind: 'step', fieldTypes: ['text', 'id-card-cn', 'integer', 'date'], required: [true, true, false, true] });
      blocks.push({ kind: 'material', variant: round, necessity: 'required' });
    }
    const definition = definitionFromBlocks(blocks);
    const pkg = compile(definition).package!;
    const answers = Object.fromEntries(definition.flow.nodes.flatMap((node) => (node.kind === 'situation' ? [[node.key, node.options?.[0]?.value ?? true]] : [])));
    const data = submissionFor(definition, answers).data as Record<string, unknown>;
    // Broken twice: the first situation's answer is missing and an unknown key is added.
    const firstSituation = definition.flow.nodes.find((node) => node.kind === 'situation')!.key!;
    const { [firstSituation]: _dropped, ...rest } = data;
    void _dropped;
    const broken = { ...rest, stray: 1 };
    const dir = await mkdtemp(join(tmpdir(), 'banshi-cli-'));
    await writeFile(join(dir, 'large.package.json'), JSON.stringify(pkg));
    await writeFile(join(dir, 'broken.json'), JSON.stringify(broken));

    const { code, stdout, stderr } = await spawnCli(['validate', 'large.package.json', 'broken.json', '--json'], { cwd: dir, nodeFlags: ['--stack-size=110'] });
    expect(stderr).toContain('BANSHI_AJV_STACK');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { valid: boolean; errors: { code: string; path: string }[] };
    expect(report.valid).toBe(false);
    // ajv, on this process's default stack, finds the same two problems.
    const withAjv = validateSubmission(pkg, broken);
    expect(withAjv.valid).toBe(false);
    for (const expected of [{ code: 'required', path: `/${firstSituation}` }, { code: 'not-allowed', path: '/stray' }]) {
      expect(report.errors).toContainEqual(expect.objectContaining(expected));
      expect(withAjv.errors).toContainEqual(expect.objectContaining(expected));
    }
  }, 30_000);


  it('compiles a copy of a definition in a temp dir', async () => {
    const bin = join(root, 'bin/banshi.js');
    if (!existsSync(join(root, 'dist/designer/cli/main.js'))) {
      throw new Error('dist/ is missing: run `npm run build:node` before this test');
    }
    const dir = await mkdtemp(join(tmpdir(), 'banshi-cli-'));
    await writeFile(join(dir, 'item.service.json'), existsSync(fixture) ? await readFile(fixture, 'utf8') : definitionText);
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [bin, 'compile', 'item.service.json', '--locale', 'en'], { cwd: dir }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const id = (JSON.parse(await readFile(join(dir, 'item.service.json'), 'utf8')) as { id: string }).id;
    expect(stdout).toContain(`wrote ${id}.package.json`);
    const pkg = JSON.parse(await readFile(join(dir, `${id}.package.json`), 'utf8')) as { packageFormat: number };
    expect(pkg.packageFormat).toBe(1);
  });
});
