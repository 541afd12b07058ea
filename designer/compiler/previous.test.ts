// A package compiled with `previous` carries the change list since the last published version, and the citizen
// runtime uses it: a returning citizen with a draft of that version is told exactly which answers to check again.
// Lives under designer/ because runtime tests never import designer code; it drives runtime/engine with two real
// compiled packages of an example.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { packageSchema, serviceSchema, type ServiceDefinition, type StepNode } from '../../schemas/index.ts';
import { createServiceForm } from '../../runtime/engine/form.ts';
import type { DraftStorage } from '../../runtime/engine/drafts.ts';
import { compile } from './compile.ts';

const id = 'gd-pension-enrolment';
const read = (file: string) => readFileSync(new URL(`../../examples/${id}/${file}`, import.meta.url), 'utf8');
const v1 = JSON.parse(read(`${id}.service.json`)) as ServiceDefinition;

/** Version 1.1.0: an email field added to the form, the household register removed, the student condition reworded. */
function version2(): ServiceDefinition {
  const d = structuredClone(v1);
  d.version = '1.1.0';
  const form = d.flow.nodes.find((n) => n.id === 'n_form') as StepNode;
  form.fields.push({ id: 'f_email', key: 'email', type: 'email', label: { 'zh-CN': '电子邮箱', en: 'Email' } });
  const mobile = form.fields.find((f) => f.id === 'f_mobile')!;
  mobile.label = { 'zh-CN': '常用手机号码', en: 'Mobile number you use' };
  d.flow.nodes = d.flow.nodes.filter((n) => n.id !== 'n_hukou');
  d.flow.edges = d.flow.edges.filter((e) => e.id !== 'e_idCard_hukou' && e.id !== 'e_hukou_form');
  d.flow.edges.push({ id: 'e_idCard_form', source: 'n_idCard', target: 'n_form' });
  return d;
}

function memory(): DraftStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, load: (key) => items.get(key) ?? null, save: (key, text) => void items.set(key, text), remove: (key) => void items.delete(key) };
}

describe('compile with previous', () => {
  const first = compile(v1).package!;
  const second = compile(version2(), { previous: { definition: v1, package: first } }).package!;

  it('leaves the package as it was without previous (the golden package is byte-identical)', () => {
    expect(JSON.stringify(first, null, 2) + '\n').toBe(read(`${id}.package.json`));
  });

  it('records the previous version, its hash and the changes with their data paths, covered by the hash', () => {
    expect(second.previous).toMatchObject({ version: '1.0.0', hash: first.hash });
    expect(second.previous!.changes.map((c) => [c.change, c.kind, c.id, c.path?.join('.')])).toEqual([
      ['removed', 'material', 'n_hukou', 'materials.hukouBook'],
      ['removed', 'condition', 'e_idCard_hukou', undefined],
      ['removed', 'condition', 'e_hukou_form', undefined],
      ['changed', 'field', 'f_mobile', 'enrolmentForm.mobile'],
      ['added', 'field', 'f_email', 'enrolmentForm.email'],
      ['added', 'condition', 'e_idCard_form', undefined],
    ]);
    const without = compile(version2()).package!;
    expect(second.hash).not.toBe(without.hash);
    const ajv = new Ajv2020({ strict: true, discriminator: true, allErrors: true });
    ajv.addSchema(serviceSchema);
    const validate = ajv.compile(packageSchema);
    expect(validate(second), JSON.stringify(validate.errors)).toBe(true);
  });

  it('tells a citizen returning with a draft of 1.0.0 exactly which answers to check again', () => {
    // given a citizen who filled in most of version 1.0.0
    const storage = memory();
    const form = createServiceForm(first, { storage, scheduleSave: (task) => task() });
    form.setValue('n_student', false);
    form.setValue('n_employee', false);
    form.setMaterial('hukouBook', { type: 'sharedData' });
    form.setValue('f_name', '张三');
    form.setValue('f_mobile', '13800138000');
    // when 1.1.0 is published and the citizen comes back
    const again = createServiceForm(second, { storage });
    // then the changed mobile number and the removed household register are listed, nothing else
    expect(again.getState().draftNotices.map((n) => [n.fieldId, n.reason, n.label, n.kept])).toEqual([
      ['f_mobile', 'constraints-changed', '常用手机号码', true],
      ['hukouBook', 'removed', '居民户口簿', false],
    ]);
    expect(again.getField('f_name').value).toBe('张三');
    expect(again.getField('f_mobile').value).toBe('13800138000');
  });
});
