import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MaterialNode, ServiceDefinition, StepNode } from '../../schemas/index.ts';
import { bumpVersion, changeEntries, compareVersions, diffDefinitions, suggestBump } from './changeList.ts';

const load = (id: string): ServiceDefinition =>
  JSON.parse(readFileSync(new URL(`../../examples/${id}/${id}.service.json`, import.meta.url), 'utf8')) as ServiceDefinition;

function edit(definition: ServiceDefinition, change: (d: ServiceDefinition) => void): ServiceDefinition {
  const copy = structuredClone(definition);
  change(copy);
  return copy;
}

const step = (d: ServiceDefinition, id: string) => d.flow.nodes.find((n) => n.id === id) as StepNode;
const material = (d: ServiceDefinition, id: string) => d.flow.nodes.find((n) => n.id === id) as MaterialNode;
const summary = (entries: ReturnType<typeof changeEntries>) => entries.map((e) => `${e.change} ${e.kind} ${e.id}${e.details ? ` [${e.details.join(',')}]` : ''}`);

describe('diffDefinitions', () => {
  const before = load('gd-pension-enrolment');

  it('finds nothing between a definition and itself, nor when only positions moved', () => {
    expect(changeEntries(diffDefinitions(before, before))).toEqual([]);
    const moved = edit(before, (d) => d.flow.nodes.forEach((n) => (n.position = { x: n.position.x + 10, y: 0 })));
    expect(changeEntries(diffDefinitions(before, moved))).toEqual([]);
  });

  it('lists an added step field with its data path, and a removed material with its materials path', () => {
    // given a field added to the form and the household register removed (its edges rewired)
    const after = edit(before, (d) => {
      step(d, 'n_form').fields.push({ id: 'f_email', key: 'email', type: 'email', label: { 'zh-CN': '电子邮箱', en: 'Email' } });
      d.flow.nodes = d.flow.nodes.filter((n) => n.id !== 'n_hukou');
      d.flow.edges = d.flow.edges.filter((e) => e.id !== 'e_idCard_hukou' && e.id !== 'e_hukou_form');
      d.flow.edges.push({ id: 'e_idCard_form', source: 'n_idCard', target: 'n_form' });
    });
    // when diffed
    const list = diffDefinitions(before, after);
    // then
    expect(list.added).toContainEqual({ kind: 'field', change: 'added', id: 'f_email', key: 'email', path: ['enrolmentForm', 'email'], label: { 'zh-CN': '电子邮箱', en: 'Email' } });
    expect(list.removed).toContainEqual(expect.objectContaining({ kind: 'material', id: 'n_hukou', key: 'hukouBook', path: ['materials', 'hukouBook'] }));
    expect(summary(changeEntries(list))).toEqual([
      'removed material n_hukou',
      'removed condition e_idCard_hukou',
      'removed condition e_hukou_form',
      'added field f_email',
      'added condition e_idCard_form',
    ]);
  });

  it('says which parts of a changed field, material and condition changed', () => {
    const after = edit(before, (d) => {
      const form = step(d, 'n_form');
      form.fields[0] = { ...form.fields[0]!, label: { 'zh-CN': '申请人姓名' }, maxLength: 20 };
      form.fields[1] = { ...form.fields[1]!, key: 'idNo' };
      const idCard = material(d, 'n_idCard');
      idCard.necessity = 'deferrable';
      idCard.ways = ['upload'];
      idCard.upload = { accept: ['application/pdf'], maxSizeMB: 5 };
      const edge = d.flow.edges.find((e) => e.id === 'e_student_employee')!;
      edge.condition = { field: 'n_student', op: 'notEquals', value: true };
    });
    const list = diffDefinitions(before, after);
    expect(summary([...list.changed])).toEqual([
      'changed field f_name [label,constraints]',
      'changed field f_idNumber [key]',
      'changed material n_idCard [necessity,ways,upload]',
      'changed condition e_student_employee [condition]',
    ]);
    const condition = list.changed.find((e) => e.kind === 'condition')!;
    expect(condition.label['zh-CN']).toBe('您是否为在校学生？ → 您是否已参加职工基本养老保险？');
    expect(condition.before).toEqual({ 'zh-CN': '「您是否为在校学生」为「否」', en: '“Are you currently a student” is “no”' });
    expect(condition.after).toEqual({ 'zh-CN': '「您是否为在校学生」不为「是」', en: '“Are you currently a student” is not “yes”' });
    expect(list.changed.find((e) => e.id === 'f_idNumber')!.path).toEqual(['enrolmentForm', 'idNo']);
  });

  it('reads a situation answer as a field and reports its options and type', () => {
    const after = edit(before, (d) => {
      const node = d.flow.nodes.find((n) => n.id === 'n_student')!;
      if (node.kind === 'situation') {
        node.answerType = 'single-choice';
        node.options = [{ value: 'yes', label: { 'zh-CN': '是' } }, { value: 'no', label: { 'zh-CN': '否' } }];
      }
    });
    expect(summary([...diffDefinitions(before, after).changed])).toContain('changed field n_student [type,options]');
  });

  it('tells time limit and fee changes with readable before and after', () => {
    const after = edit(before, (d) => {
      d.meta.promisedTimeLimit = { value: 1, unit: 'working-day' };
      d.meta.fees = { free: false, items: [{ name: { 'zh-CN': '工本费' }, standard: { 'zh-CN': '20元' }, basis: { 'zh-CN': '文件' } }] };
    });
    const guide = diffDefinitions(before, after).changed.filter((e) => e.kind === 'guide');
    expect(guide.map((e) => [e.id, e.after?.['zh-CN']])).toEqual([
      ['promisedTimeLimit', '1 个工作日'],
      ['fees', '收费：工本费 20元'],
    ]);
    expect(guide[1]!.before?.['zh-CN']).toBe('不收费');
  });
});

describe('suggestBump', () => {
  const field = { kind: 'field', id: 'f', label: { 'zh-CN': 'f' } } as const;
  it('is major for a removal or a type change, minor for an addition, patch otherwise', () => {
    expect(suggestBump({ added: [{ ...field, change: 'added' }], removed: [{ ...field, change: 'removed' }], changed: [] })).toBe('major');
    expect(suggestBump({ added: [], removed: [], changed: [{ ...field, change: 'changed', details: ['type'] }] })).toBe('major');
    expect(suggestBump({ added: [{ ...field, change: 'added' }], removed: [], changed: [{ ...field, change: 'changed', details: ['label'] }] })).toBe('minor');
    expect(suggestBump({ added: [], removed: [], changed: [{ ...field, change: 'changed', details: ['label'] }] })).toBe('patch');
    // a removed condition alone changes no data: not a major version
    expect(suggestBump({ added: [], removed: [{ kind: 'condition', change: 'removed', id: 'e', label: { 'zh-CN': 'e' } }], changed: [] })).toBe('patch');
  });
});

describe('versions', () => {
  it('bumps and orders semantic versions numerically', () => {
    expect([bumpVersion('1.2.3', 'major'), bumpVersion('1.2.3', 'minor'), bumpVersion('1.2.3', 'patch')]).toEqual(['2.0.0', '1.3.0', '1.2.4']);
    expect(compareVersions('1.10.0', '1.9.9')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
  });
});
