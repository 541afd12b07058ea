// Every example item through the Node API and the CLI: each sample's verdict and expected {path, code} errors,
// and each persona's exact material list (一次性告知).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ServiceDefinition, ServicePackage } from '../../schemas/index.ts';
import { materialsFor, validateSubmission } from '../../runtime/node/index.ts';
import { compile } from '../compiler/index.ts';
import { runCli } from './main.ts';

interface Sample { description: Record<string, string>; data: unknown; expect: { valid: boolean; errors?: { path: string; code: string }[] } }
interface Persona { name: Record<string, string>; answers: Record<string, unknown>; materials: string[] }

const examples = join(dirname(fileURLToPath(import.meta.url)), '../../examples');
const readJson = <T,>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const items = existsSync(examples)
  ? readdirSync(examples, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(examples, entry.name, `${entry.name}.service.json`)))
      .map((entry) => entry.name)
      .sort()
  : [];

describe('the examples', () => {
  it('exist: at least one examples/<id>/<id>.service.json', () => {
    expect(items.length).toBeGreaterThan(0);
  });
});

for (const id of items) {
  const dir = join(examples, id);
  const compiled = () => {
    const result = compile(readJson<ServiceDefinition>(join(dir, `${id}.service.json`)));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    return result.package as ServicePackage;
  };
  const samplesDir = join(dir, 'samples');
  const samples = existsSync(samplesDir) ? readdirSync(samplesDir).filter((f) => f.endsWith('.json')).sort() : [];
  const personasFile = join(dir, 'personas.json');
  const personas = existsSync(personasFile) ? readJson<Persona[]>(personasFile) : [];

  describe(`example ${id}`, () => {
    const pkg = compiled();

    for (const file of samples) {
      it(`sample ${file}: validateSubmission gives the expected verdict and errors`, () => {
        const sample = readJson<Sample>(join(samplesDir, file));
        const result = validateSubmission(pkg, sample.data);
        const got = result.errors.map((e) => ({ path: e.path, code: e.code }));
        expect(result.valid, JSON.stringify(got)).toBe(sample.expect.valid);
        for (const expected of sample.expect.errors ?? []) expect(got).toContainEqual(expected);
        for (const error of result.errors) expect(error.message).not.toBe('');
      });
    }

    for (const persona of personas) {
      it(`persona ${persona.name.en ?? persona.name['zh-CN']}: materialsFor lists exactly the persona's materials`, () => {
        expect(materialsFor(pkg, persona.answers).map((m) => m.key)).toEqual(persona.materials);
      });
    }

    if (samples.length > 0) {
      it('every sample file through `banshi validate`, as is: the sample mode checks its expectation', async () => {
        const written = new Map<string, string>();
        let stdout = '';
        const io = {
          stdout: { write: (text: string) => (stdout += text) },
          stderr: { write: () => true },
          cwd: dir,
          env: {},
          writeFile: async (path: string, text: string) => void written.set(path, text),
        };
        expect(await runCli(['compile', `${id}.service.json`], io)).toBe(0);
        const [packagePath, packageText] = [...written][0]!;
        const readFile = async (path: string) => (path === packagePath ? packageText : readFileSync(path, 'utf8'));
        for (const file of samples) {
          const sample = readJson<Sample>(join(samplesDir, file));
          stdout = '';
          const code = await runCli(['validate', packagePath, join('samples', file), '--json'], { ...io, readFile });
          const out = JSON.parse(stdout) as { valid: boolean; errors: { path: string; code: string }[]; sample?: { expectationMet: boolean } };
          expect(out.valid, file).toBe(sample.expect.valid);
          for (const expected of sample.expect.errors ?? []) {
            expect(out.errors.map((e) => ({ path: e.path, code: e.code })), file).toContainEqual(expected);
          }
          expect(out.sample?.expectationMet, file).toBe(true);
          expect(code, file).toBe(0);
        }
        // and the whole folder at once, as a QA engineer would run it
        stdout = '';
        expect(await runCli(['validate', packagePath, 'samples', '--json'], { ...io, readFile })).toBe(0);
        const all = JSON.parse(stdout) as { ok: boolean; files: { file: string; ok: boolean }[] };
        expect(all.ok).toBe(true);
        expect(all.files.map((f) => f.file)).toEqual(samples.map((file) => join('samples', file)));
      });
    }
  });
}
