import { describe, expect, it } from 'vitest';
import type { Persona } from '../../schemas/service.types.ts';
import { compile } from '../compiler/index.ts';
import { definition, edge, end, situation, start } from '../compiler/testing/builders.ts';
import { applyCommand } from './commands.ts';
import { createHistory, execute, redo, undo } from './history.ts';

function item() {
  return definition([start(), situation('q', 'yes-no'), end('done')], [edge('start', 'q'), edge('q', 'done')]);
}

const farmer: Persona = { id: 'p_farmer', name: { 'zh-CN': '农民' }, answers: { q: false }, expectedMaterials: ['idCard'] };
const student: Persona = { id: 'p_student', name: { 'zh-CN': '学生' }, answers: { q: true } };

describe('persona commands', () => {
  it('adding a persona appends it; adding one with an existing id leaves the very same document', () => {
    const doc = applyCommand(item(), { type: 'addPersona', persona: farmer });
    expect(doc.personas).toEqual([farmer]);
    expect(applyCommand(doc, { type: 'addPersona', persona: { ...student, id: 'p_farmer' } })).toBe(doc);
  });

  it('updating replaces the persona with the same id and shares the flow; a missing id is a no-op', () => {
    const doc = applyCommand(applyCommand(item(), { type: 'addPersona', persona: farmer }), { type: 'addPersona', persona: student });
    const renamed = { ...farmer, name: { 'zh-CN': '务农居民' } };
    const next = applyCommand(doc, { type: 'updatePersona', persona: renamed });
    expect(next.personas).toEqual([renamed, student]);
    expect(next.flow).toBe(doc.flow);
    expect(applyCommand(doc, { type: 'updatePersona', persona: { ...farmer, id: 'ghost' } })).toBe(doc);
  });

  it('removing the last persona drops the personas key, so the definition is as it was', () => {
    const original = item();
    const doc = applyCommand(original, { type: 'addPersona', persona: farmer });
    const removed = applyCommand(doc, { type: 'removePersona', id: 'p_farmer' });
    expect('personas' in removed).toBe(false);
    expect(removed).toEqual(original);
    expect(applyCommand(removed, { type: 'removePersona', id: 'p_farmer' })).toBe(removed);
  });

  it('each persona edit is one undo step', () => {
    let history = createHistory(item());
    history = execute(history, { type: 'addPersona', persona: farmer });
    history = execute(history, { type: 'updatePersona', persona: { ...farmer, answers: { q: true } } });
    history = execute(history, { type: 'removePersona', id: 'p_farmer' });
    expect(history.present.personas).toBeUndefined();
    history = undo(history);
    expect(history.present.personas?.[0]?.answers).toEqual({ q: true });
    history = undo(history);
    expect(history.present.personas).toEqual([farmer]);
    history = undo(history);
    expect(history.present.personas).toBeUndefined();
    history = redo(history);
    expect(history.present.personas).toEqual([farmer]);
  });

  it('the compiler ignores personas: the package is the same with and without them', () => {
    const without = compile(item()).package;
    const withPersonas = compile(applyCommand(item(), { type: 'addPersona', persona: farmer })).package;
    expect(without).toBeDefined();
    expect(withPersonas).toEqual(without);
  });
});
