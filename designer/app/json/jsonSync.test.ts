import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../model/commands.ts';
import { validate } from '../../model/generated/validateServiceDefinition.js';
import type { SchemaValidator } from '../../model/validateDefinition.ts';
import { fixture } from '../testing/fixture.ts';
import { definitionText, minimalEdit, readJsonEdit } from './jsonSync.ts';

const validator = validate as unknown as SchemaValidator;

describe('the JSON view sync', () => {
  it('shows a document as two-space indented JSON that reads back as the same document', () => {
    const text = definitionText(fixture);
    expect(text.startsWith('{\n  "')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(readJsonEdit(text, fixture, validator)).toEqual({ kind: 'unchanged' });
  });

  it('treats a formatting-only change as no change', () => {
    expect(readJsonEdit(JSON.stringify(fixture), fixture, validator)).toEqual({ kind: 'unchanged' });
  });

  it('turns a valid edit into one replaceDefinition command that applies the edit', () => {
    const question = fixture.flow.nodes.find((n) => n.kind === 'situation')!;
    const text = definitionText(fixture).replace(JSON.stringify(question.kind === 'situation' ? question.question['zh-CN'] : ''), '"改过的问题？"');

    const result = readJsonEdit(text, fixture, validator);

    expect(result.kind).toBe('command');
    if (result.kind !== 'command') return;
    expect(result.command.type).toBe('replaceDefinition');
    const edited = applyCommand(fixture, result.command).flow.nodes.find((n) => n.id === question.id)!;
    expect(edited.kind === 'situation' && edited.question['zh-CN']).toBe('改过的问题？');
  });

  it('reports malformed JSON with its line and column and no command', () => {
    const lines = definitionText(fixture).split('\n');
    lines[2] = lines[2]!.replace(/,$/, '');
    const result = readJsonEdit(lines.join('\n'), fixture, validator);

    expect(result.kind).toBe('problems');
    if (result.kind !== 'problems') return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ kind: 'syntax', line: 4 });
    expect(result.problems[0]!.message['zh-CN']).toBeTruthy();
    expect(result.problems[0]!.message.en).toBeTruthy();
  });

  it('reports a schema error with its JSON pointer and localized messages', () => {
    const broken = { ...fixture, bogus: true };
    const result = readJsonEdit(JSON.stringify(broken, null, 2), fixture, validator);

    expect(result.kind).toBe('problems');
    if (result.kind !== 'problems') return;
    expect(result.problems).toContainEqual({ kind: 'schema', path: '/bogus', message: expect.objectContaining({ 'zh-CN': expect.stringContaining('bogus') }) });
  });

  it('reports a document that is not an object at the whole-document pointer', () => {
    const result = readJsonEdit('[]', fixture, validator);
    expect(result).toMatchObject({ kind: 'problems', problems: [{ kind: 'schema', path: '' }] });
  });

  it('computes the smallest replacement between two texts', () => {
    expect(minimalEdit('abc', 'abc')).toBeUndefined();
    expect(minimalEdit('"name": "旧"', '"name": "新的"')).toEqual({ start: 9, end: 10, text: '新的' });
    const from = definitionText(fixture);
    const to = definitionText({ ...fixture, version: '9.9.9' });
    const edit = minimalEdit(from, to)!;
    expect(from.slice(0, edit.start) + edit.text + from.slice(edit.end)).toBe(to);
    expect(edit.end - edit.start).toBeLessThan(10);
  });

  it('never splits a surrogate pair', () => {
    const edit = minimalEdit('a😀b', 'a😁b')!;
    expect(edit).toEqual({ start: 1, end: 3, text: '😁' });
  });
});
