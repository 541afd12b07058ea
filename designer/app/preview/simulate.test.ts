import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ServiceDefinition } from '../../../schemas/service.types.ts';
import { compile } from '../../compiler/index.ts';
import { definition, edge, end, material, situation, start } from '../../compiler/testing/builders.ts';
import { diffMaterials, newPersonaId, personaFrom, sameAnswers, setAnswer, simulate } from './simulate.ts';

const examplesDir = new URL('../../../examples/', import.meta.url);
interface ExamplePersona { name: Record<string, string>; answers: Record<string, never>; materials: string[] }
function example(id: string) {
  const def = JSON.parse(readFileSync(new URL(`${id}/${id}.service.json`, examplesDir), 'utf8')) as ServiceDefinition;
  const personas = JSON.parse(readFileSync(new URL(`${id}/personas.json`, examplesDir), 'utf8')) as ExamplePersona[];
  const pkg = compile(def).package!;
  return { def, pkg, personas };
}
// Example items are the folders holding <id>/<id>.service.json (examples/hosts/ holds host pages, not an item).
const exampleIds = readdirSync(examplesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(new URL(`${d.name}/${d.name}.service.json`, examplesDir)))
  .map((d) => d.name);

describe('the situation simulator', () => {
  it.each(exampleIds)('gives every persona of %s exactly the materials personas.json lists', (id) => {
    const { def, pkg, personas } = example(id);
    for (const persona of personas) {
      const result = simulate(pkg, def, persona.answers);
      expect([...result.materials.map((m) => m.key)].sort(), persona.name['zh-CN']).toEqual([...persona.materials].sort());
    }
  });

  it('highlights the farmer’s path: the nodes reached and the edges followed, not the exits', () => {
    const { def, pkg } = example('gd-pension-enrolment');
    const result = simulate(pkg, def, { isStudent: false, hasEmployeePension: false });
    expect(result.nodes).toEqual(['n_start', 'n_student', 'n_employee', 'n_idCard', 'n_hukou', 'n_form', 'n_end']);
    expect([...result.edges].sort()).toEqual(['e_employee_idCard', 'e_form_end', 'e_hukou_form', 'e_idCard_hukou', 'e_start_student', 'e_student_employee']);
    expect(result.outcome).toEqual({ kind: 'submit' });
  });

  it('asks only the situations reached by the earlier answers, and ignores answers to the others', () => {
    const { def, pkg } = example('gd-pension-enrolment');
    expect(simulate(pkg, def, {}).situations.map((s) => s.key)).toEqual(['isStudent']);
    expect(simulate(pkg, def, {}).outcome).toEqual({ kind: 'incomplete', unanswered: 1 });
    const student = simulate(pkg, def, { isStudent: true, hasEmployeePension: false });
    expect(student.situations.map((s) => s.key)).toEqual(['isStudent']);
    expect(student.answers).toEqual({ isStudent: true });
    expect(student.unused).toEqual(['hasEmployeePension']);
    expect(student.outcome).toEqual({ kind: 'exit', nodeId: 'n_exitStudent' });
    expect(student.edges).toEqual(['e_start_student', 'e_student_exitStudent']);
    expect(student.materials).toEqual([]);
  });

  it('follows an otherwise edge exactly when none of its siblings’ conditions holds', () => {
    const def = definition(
      [start(), situation('q', 'yes-no'), material('m'), end('done'), end('other')],
      [edge('start', 'q'), edge('q', 'm', { field: 'q', op: 'equals', value: true }), edge('q', 'other', 'otherwise'), edge('m', 'done')],
    );
    const pkg = compile(def).package!;
    const otherwise = def.flow.edges.find((e) => e.otherwise)!.id;
    const conditional = def.flow.edges.find((e) => e.condition)!.id;
    const yes = simulate(pkg, def, { q: true });
    expect(yes.edges).toContain(conditional);
    expect(yes.edges).not.toContain(otherwise);
    const no = simulate(pkg, def, { q: false });
    expect(no.edges).toContain(otherwise);
    expect(no.edges).not.toContain(conditional);
    expect(no.nodes).not.toContain('m');
  });

  it('never keeps an empty answer', () => {
    expect(setAnswer({ a: 1 }, 'b', [])).toEqual({ a: 1 });
    expect(setAnswer({ a: 1 }, 'a', undefined)).toEqual({});
    expect(setAnswer({}, 'a', '')).toEqual({});
    expect(setAnswer({}, 'a', false)).toEqual({ a: false });
  });
});

describe('personas', () => {
  it('get ids that are not taken, and carry the answers and expected materials given', () => {
    expect(newPersonaId(undefined)).toBe('p1');
    const taken = [{ id: 'p2', name: { 'zh-CN': 'a' }, answers: {} }];
    expect(newPersonaId(taken)).toBe('p3');
    const persona = personaFrom(taken, { name: { 'zh-CN': '农民' }, answers: { isStudent: false }, expectedMaterials: ['idCard'] });
    expect(persona).toEqual({ id: 'p3', name: { 'zh-CN': '农民' }, answers: { isStudent: false }, expectedMaterials: ['idCard'] });
    expect('description' in persona).toBe(false);
  });

  it('compare answers regardless of key order', () => {
    expect(sameAnswers({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameAnswers({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameAnswers({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });

  it('the expected-materials difference names what is missing and what is unexpected', () => {
    expect(diffMaterials(['idCard', 'hukouBook'], ['idCard', 'photo'])).toEqual({ missing: ['hukouBook'], unexpected: ['photo'] });
    expect(diffMaterials(['a'], ['a'])).toEqual({ missing: [], unexpected: [] });
  });
});
