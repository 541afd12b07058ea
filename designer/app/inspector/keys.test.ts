import { describe, expect, it } from 'vitest';
import { fixture } from '../testing/fixture.ts';
import { allIds, keyProblem, nextName, withOptional } from './keys.ts';

const zh = (text: string) => text;

describe('keys', () => {
  it('accepts lower camel case keys and rejects what the schema rejects', () => {
    expect(keyProblem('applicantName', new Set(), zh)).toBeUndefined();
    expect(keyProblem('Applicant', new Set(), zh)).toContain('小写英文字母开头');
    expect(keyProblem('a-b', new Set(), zh)).toContain('小写英文字母开头');
    expect(keyProblem('x'.repeat(65), new Set(), zh)).toContain('最长 64');
    expect(keyProblem('materials', new Set(), zh)).toContain('保留名称');
    expect(keyProblem('hasOwnProperty', new Set(), zh)).toContain('保留名称');
    expect(keyProblem('name', new Set(['name']), zh)).toContain('已被使用');
  });

  it('hands out the first free numbered name', () => {
    expect(nextName('field', new Set(['field1', 'field3']))).toBe('field2');
  });

  it('collects node, edge, field and stage ids into one namespace', () => {
    const ids = allIds(fixture);
    for (const id of ['start', 'e1', 'applicantName', 'accept']) expect(ids.has(id)).toBe(true);
  });

  it('removes a property set to undefined instead of storing undefined', () => {
    expect(Object.keys(withOptional({ a: 1, b: 2 } as { a: number; b?: number }, 'b', undefined))).toEqual(['a']);
  });
});
