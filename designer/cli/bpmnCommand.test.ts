import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { exportBpmn } from '../compiler/index.ts';
import type { ServiceDefinition } from '../../schemas/index.ts';
import { runCli } from './main.ts';

const passportText = readFileSync(new URL('../../examples/gd-passport-issue/gd-passport-issue.service.json', import.meta.url), 'utf8');
const passport = JSON.parse(passportText) as ServiceDefinition;

/** An in-memory file system and captured output around runCli (as in cli.test.ts). */
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

describe('banshi bpmn', () => {
  it('prints the BPMN XML on stdout, exits 0, and keeps stdout free of anything else', async () => {
    const h = harness({ 'p.service.json': passportText });
    expect(await h.run('bpmn', 'p.service.json')).toBe(0);
    expect(h.out.stdout).toBe(exportBpmn(passport));
    const { warnings } = await new BpmnModdle().fromXML(h.out.stdout);
    expect(warnings).toEqual([]);
  });

  it('writes the file given with -o and says so', async () => {
    const h = harness({ 'p.service.json': passportText });
    expect(await h.run('bpmn', 'p.service.json', '-o', 'out/passport.bpmn', '--locale', 'en')).toBe(0);
    expect(h.store.get('/work/out/passport.bpmn')).toBe(exportBpmn(passport));
    expect(h.out.stdout).toContain('wrote out/passport.bpmn');
  });

  it('refuses a definition without an approval lane with a clear message and exit 1', async () => {
    const { approval: _lane, ...bare } = passport;
    const h = harness({ 'bare.service.json': JSON.stringify(bare) });
    expect(await h.run('bpmn', 'bare.service.json')).toBe(1);
    expect(h.out.stdout).toBe('');
    expect(h.out.stderr).toContain('没有审批环节');
    const en = harness({ 'bare.service.json': JSON.stringify(bare) });
    expect(await en.run('bpmn', 'bare.service.json', '--locale', 'en')).toBe(1);
    expect(en.out.stderr).toContain('no approval lane');
  });

  it('writes nothing and exits 1 when the lane has lint errors', async () => {
    const broken = structuredClone(passport);
    broken.approval!.entry = 'missing';
    const h = harness({ 'b.service.json': JSON.stringify(broken) });
    expect(await h.run('bpmn', 'b.service.json', '-o', 'b.bpmn')).toBe(1);
    expect(h.store.has('/work/b.bpmn')).toBe(false);
    expect(h.out.stdout).toContain('SVC060');
  });

  it('gives the XML and the diagnostics in --json', async () => {
    const h = harness({ 'p.service.json': passportText });
    expect(await h.run('bpmn', 'p.service.json', '--json')).toBe(0);
    const result = JSON.parse(h.out.stdout) as { ok: boolean; bpmn: string; diagnostics: unknown[] };
    expect(result.ok).toBe(true);
    expect(result.bpmn).toBe(exportBpmn(passport));
  });

  it('reports a missing file with exit 3 and a missing argument with exit 2', async () => {
    expect(await harness().run('bpmn', 'nope.service.json')).toBe(3);
    expect(await harness().run('bpmn')).toBe(2);
  });
});
