import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Comparison, PackageNode, ReachCondition, ServicePackage } from '../../schemas/index.ts';
import { compare, createReachEvaluator, fieldsRead, requiredMaterials } from './conditions.ts';
import { passportPackage } from './testing/fixtures.ts';

const cmp = (op: Comparison['op'], value?: Comparison['value']): Comparison => ({ field: 'f', op, ...(value !== undefined ? { value } : {}) });

describe('condition operators', () => {
  it('are all false for an absent value except isEmpty', () => {
    // given every operator; when the value is absent; then only isEmpty holds
    const ops: Comparison['op'][] = ['equals', 'notEquals', 'in', 'notIn', 'lt', 'lte', 'gt', 'gte', 'includes', 'isNotEmpty'];
    for (const op of ops) expect(compare(cmp(op, 1), false, undefined)).toBe(false);
    expect(compare(cmp('isEmpty'), false, undefined)).toBe(true);
  });

  it('treat a present empty string as present (the schema does; the form never stores one)', () => {
    expect(compare(cmp('isEmpty'), true, '')).toBe(false);
    expect(compare(cmp('isNotEmpty'), true, '')).toBe(true);
  });

  it('compare with JSON deep equality for equals, notEquals, in and notIn', () => {
    expect(compare(cmp('equals', 'a'), true, 'a')).toBe(true);
    expect(compare(cmp('equals', 1), true, '1')).toBe(false);
    expect(compare(cmp('notEquals', 'a'), true, 'b')).toBe(true);
    expect(compare(cmp('in', ['a', 'b']), true, 'b')).toBe(true);
    expect(compare(cmp('in', 'a'), true, 'a')).toBe(true);
    expect(compare(cmp('notIn', ['a', 'b']), true, 'c')).toBe(true);
    expect(compare(cmp('notIn', ['a', 'b']), true, 'a')).toBe(false);
  });

  it('order only JSON numbers', () => {
    expect(compare(cmp('gt', 3), true, 5)).toBe(true);
    expect(compare(cmp('gt', 3), true, '5')).toBe(false);
    expect(compare(cmp('gte', 3), true, 3)).toBe(true);
    expect(compare(cmp('lt', 3), true, 3)).toBe(false);
    expect(compare(cmp('lte', 3), true, 3)).toBe(true);
  });

  it('include only within arrays', () => {
    expect(compare(cmp('includes', 'tax'), true, ['tax', 'bank'])).toBe(true);
    expect(compare(cmp('includes', 'tax'), true, 'tax')).toBe(false);
  });
});

describe('reach evaluation', () => {
  it('treats all of nothing as true and any of nothing as false', () => {
    const pkg = passportPackage();
    const evaluator = createReachEvaluator(pkg);
    expect(evaluator.holds({ all: [] }, {})).toBe(true);
    expect(evaluator.holds({ any: [] }, {})).toBe(false);
  });

  it('looks values up by the field path and follows reached references', () => {
    // given the passport package; when the applicant is a minor
    const pkg = passportPackage();
    const evaluator = createReachEvaluator(pkg);
    const data = { age: 'minor' };
    // then the guardian branch is reached and the idCard branch is not
    expect(evaluator.reached('guardian', data)).toBe(true);
    expect(evaluator.reached('guardianProof', data)).toBe(true);
    expect(evaluator.reached('idCard', data)).toBe(false);
    expect(evaluator.reached('applicant', data)).toBe(true);
    expect(evaluator.reached('out', data)).toBe(false);
  });

  it('treats a comparison on an unknown field as false, even isEmpty', () => {
    const evaluator = createReachEvaluator(passportPackage());
    expect(evaluator.holds({ field: 'nope', op: 'isEmpty' }, {})).toBe(false);
  });

  it('memoises per data snapshot', () => {
    // given an evaluator; when the same snapshot is asked twice
    const evaluator = createReachEvaluator(passportPackage());
    const data = { age: 'adult' };
    evaluator.reached('done', data);
    const after = evaluator.stats.evaluations;
    evaluator.reached('done', data);
    // then nothing is evaluated again
    expect(evaluator.stats.evaluations).toBe(after);
  });

  it('re-evaluates only nodes depending on a changed field', () => {
    // given a snapshot fully evaluated
    const pkg = passportPackage();
    const evaluator = createReachEvaluator(pkg);
    const before = { age: 'adult' };
    for (const node of pkg.flow.nodes) evaluator.reached(node.id, before);
    // when an applicant field (read by no condition) changes
    const after = { ...before, applicant: { name: '李四' } };
    evaluator.carryOver(before, after, ['name']);
    const count = evaluator.stats.evaluations;
    for (const node of pkg.flow.nodes) evaluator.reached(node.id, after);
    // then no node is evaluated again
    expect(evaluator.stats.evaluations).toBe(count);
    // and when age changes, every node reading it is
    const third = { ...after, age: 'minor' };
    evaluator.carryOver(after, third, ['age']);
    for (const node of pkg.flow.nodes) evaluator.reached(node.id, third);
    expect(evaluator.stats.evaluations - count).toBe(evaluator.nodesReading('age').size);
  });
});

/** Every example's golden package, and a long chain where each node's reach names the one before it. */
function packagesToIndex(): [string, ServicePackage][] {
  const examples = new URL('../../examples/', import.meta.url);
  const found: [string, ServicePackage][] = readdirSync(examples, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name.startsWith('gd-'))
    .map((entry) => [entry.name, JSON.parse(readFileSync(new URL(`${entry.name}/${entry.name}.package.json`, examples), 'utf8')) as ServicePackage]);
  const base = passportPackage();
  const chain = Array.from({ length: 60 }, (_, k): PackageNode => {
    const own: ReachCondition = { field: `f${k % 4}`, op: 'isNotEmpty' };
    const reach: ReachCondition = k === 0 ? own : k % 5 === 0 ? { reached: `n${k - 1}` } : { any: [{ reached: `n${k - 1}` }, own] };
    return { ...(base.flow.nodes[0] as PackageNode), id: `n${k}`, reach } as PackageNode;
  });
  found.push(['chain of 60', { ...base, flow: { ...base.flow, nodes: chain } }]);
  return found;
}

describe('nodesReading', () => {
  it.each(packagesToIndex())('is exactly the reverse of fieldsRead on %s', (_, pkg) => {
    // given every node's transitive reads; then a field's readers are exactly the nodes that read it
    const evaluator = createReachEvaluator(pkg);
    const reads = new Map(pkg.flow.nodes.map((node) => [node.id, fieldsRead(node.reach, pkg)]));
    const fieldIds = new Set([...reads.values()].flatMap((set) => [...set]));
    expect(fieldIds.size).toBeGreaterThan(0);
    for (const fieldId of fieldIds) {
      const expected = pkg.flow.nodes.filter((node) => reads.get(node.id)!.has(fieldId)).map((node) => node.id).sort();
      expect([...evaluator.nodesReading(fieldId)].sort(), fieldId).toEqual(expected);
    }
    expect(evaluator.nodesReading('no such field').size).toBe(0);
  });

  it('follows a chain of reached references to its end', () => {
    const [, chain] = packagesToIndex().at(-1)!;
    // f0 is read by n0 directly, and every later node names the one before it
    expect(createReachEvaluator(chain).nodesReading('f0').size).toBe(60);
  });
});

describe('fieldsRead', () => {
  it('collects the fields a condition reads through reached references transitively', () => {
    const pkg: ServicePackage = passportPackage();
    const condition: ReachCondition = { reached: 'applicant' };
    expect([...fieldsRead(condition, pkg)].sort()).toEqual(['age']);
    expect([...fieldsRead({ all: [{ field: 'x', op: 'isEmpty' }, { not: { field: 'y', op: 'gt', value: 1 } }] })]).toEqual(['x', 'y']);
  });
});

describe('requiredMaterials', () => {
  it('lists the manifest entries whose reach holds, in manifest order', () => {
    const pkg = passportPackage();
    expect(requiredMaterials(pkg, { age: 'minor' }).map((m) => m.key)).toEqual(['guardianProof', 'photo', 'hukou']);
    expect(requiredMaterials(pkg, { age: 'adult' }).map((m) => m.key)).toEqual(['idCard', 'photo', 'hukou']);
    expect(requiredMaterials(pkg, {}).map((m) => m.key)).toEqual(['idCard', 'photo', 'hukou']);
  });
});
