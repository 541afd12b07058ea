import { describe, expect, it } from 'vitest';
import { fixture } from '../testing/fixture.ts';
import { readServiceFile } from './importFile.ts';

const text = (value: unknown) => JSON.stringify(value, null, 2);

describe('importing a .service.json', () => {
  it('accepts a valid definition as it is', async () => {
    const result = await readServiceFile(text(fixture));

    expect(result).toEqual({ ok: true, definition: fixture, migratedFrom: undefined });
  });

  it('reports broken JSON with its line and column and a localized message', async () => {
    const result = await readServiceFile('{\n  "formatVersion": 1\n  "id": "x"\n}');

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ kind: 'syntax', line: 3, column: 3 });
    expect(result.problems[0]!.message['zh-CN']).toContain('是否缺少逗号');
    expect(result.problems[0]!.message.en).toContain('a missing comma?');
  });

  it('lists every schema error with its JSON pointer', async () => {
    const broken = { ...fixture, id: 'Not An Id', meta: { ...fixture.meta, caseType: 'someday' } };

    const result = await readServiceFile(text(broken));

    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((problem) => problem.kind === 'schema' && problem.path);
    expect(paths).toContain('/id');
    expect(paths).toContain('/meta/caseType');
    const caseType = result.problems.find((problem) => problem.kind === 'schema' && problem.path === '/meta/caseType')!;
    expect(caseType.message['zh-CN']).toBe('应当是以下之一：instant, promised（现为 "someday"）。');
    expect(caseType.message.en).toBe('must be one of: instant, promised (got "someday").');
  });

  it('refuses a newer formatVersion clearly', async () => {
    const result = await readServiceFile(text({ ...fixture, formatVersion: 2 }));

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({ kind: 'schema', path: '/formatVersion', message: expect.objectContaining({ 'zh-CN': expect.stringContaining('请升级 Banshi') }) }),
    ]);
  });

  it('migrates an older formatVersion and says it did', async () => {
    // Version 1 is the first format, so a future current version 2 stands in, with a v1 → v2 migration that
    // the v1 schema still accepts. The point is the seam: older files go through migrate, then validation.
    const seen: number[] = [];
    const migrate = (json: Record<string, unknown>, from: number) => {
      seen.push(from);
      return json;
    };

    const result = await readServiceFile(text(fixture), { currentVersion: 2, migrate });

    expect(seen).toEqual([1]);
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 });
  });

  it('rejects a top-level value that is not an object', async () => {
    const result = await readServiceFile('[1, 2]');

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.message.en).toContain('must be a JSON object');
  });
});
