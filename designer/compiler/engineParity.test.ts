/**
 * Differential property test: the runtime engine's validateSubmission (no ajv, CSP-safe) must give the same
 * verdict as strict ajv on the compiled package schema, for valid submissions and one-mutation variants of them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Field, MaterialNode, PackageNode, ServiceDefinition, ServicePackage, StepNode } from '../../schemas/index.ts';
import { createReachEvaluator, createServiceForm, requiredMaterials, validateSubmission } from '../../runtime/engine/index.ts';
import { compile } from './compile.ts';
import { strictAjv } from './testing/ajv.ts';
import { definition, edge, end, field, material, situation, start, step } from './testing/builders.ts';
import { arbitraryAnswers, arbitraryDefinition, validMaterialValue, validValue } from './testing/generate.ts';
import { walk } from './testing/walk.ts';

const SETTINGS = { seed: 20261129, numRuns: 300 };
type Data = Record<string, unknown>;

/** A definition exercising branches, a join, an exit, numbers, multi-choice includes, groups, files, every material way. */
function richDefinition(): ServiceDefinition {
  return definition(
    [
      start(),
      situation('kind', 'single-choice', { options: [
        { value: 'person', label: { 'zh-CN': '个人' } },
        { value: 'company', label: { 'zh-CN': '企业' } },
        { value: 'foreign', label: { 'zh-CN': '境外' } },
      ] }),
      situation('age', 'integer', { minimum: 0, maximum: 150 }),
      situation('needs', 'multi-choice', { options: [
        { value: 'tax', label: { 'zh-CN': '税务' } },
        { value: 'bank', label: { 'zh-CN': '银行' } },
      ] }),
      situation('agree', 'yes-no'),
      step('person', [
        field('name', 'text', { required: true, maxLength: 20 }),
        field('idNumber', 'id-card-cn', { required: true }),
        field('birth', 'date'),
        field('mail', 'email'),
        field('phone', 'mobile-cn', { required: true }),
        field('zip', 'postal-code-cn'),
        field('addr', 'address-cn'),
        field('note', 'textarea', { minLength: 2 }),
        field('income', 'number', { minimum: 0 }),
      ]),
      step('company', [
        field('code', 'uscc-cn', { required: true }),
        field('staff', 'group', { required: true, maxItems: 3, fields: [field('staffName', 'text', { required: true }), field('staffId', 'id-card-cn')] }),
        field('scan', 'file', { upload: { accept: ['application/pdf'], maxSizeMB: 1.5, maxFiles: 2 } }),
        field('ctype', 'single-choice', { required: true, options: [{ value: 'a', label: { 'zh-CN': 'A' } }, { value: 'b', label: { 'zh-CN': 'B' } }] }),
        field('tags', 'multi-choice', { minItems: 1, maxItems: 2, options: [{ value: 'x', label: { 'zh-CN': 'X' } }, { value: 'y', label: { 'zh-CN': 'Y' } }, { value: 'z', label: { 'zh-CN': 'Z' } }] }),
        field('pat', 'text', { pattern: '^[A-Z]{2}\\d+$' }),
      ]),
      step('optional', [field('remark', 'text')]),
      material('photo', { ways: ['upload'], upload: { accept: ['image/jpeg', 'image/png'], maxSizeMB: 2, maxFiles: 3 } }),
      material('idCard', { ways: ['eLicence', 'paper'], eLicence: { catalogCode: 'CN-ID' } }),
      material('hukou', { ways: ['sharedData', 'paper'] }),
      material('promise', { ways: ['commitment'], commitment: { text: { 'zh-CN': '本人承诺' } }, necessity: 'deferrable', deferral: { workingDays: 5 } }),
      material('taxForm', { ways: ['paper', 'upload'], necessity: 'optional' }),
      material('bankForm', { ways: ['upload'] }),
      end('done'),
      end('no', 'exit'),
    ],
    [
      edge('start', 'kind'),
      edge('kind', 'no', { field: 'kind', op: 'equals', value: 'foreign' }),
      edge('kind', 'age', { field: 'kind', op: 'equals', value: 'person' }),
      edge('kind', 'company', { field: 'kind', op: 'equals', value: 'company' }),
      edge('age', 'person', { field: 'age', op: 'gte', value: 18 }),
      edge('age', 'photo', 'otherwise'),
      edge('person', 'idCard'),
      edge('idCard', 'photo'),
      edge('company', 'needs'),
      edge('needs', 'taxForm', { field: 'needs', op: 'includes', value: 'tax' }),
      edge('needs', 'bankForm', { field: 'needs', op: 'includes', value: 'bank' }),
      edge('needs', 'hukou', { field: 'needs', op: 'isEmpty' }),
      edge('taxForm', 'agree'),
      edge('bankForm', 'agree'),
      edge('hukou', 'agree'),
      edge('agree', 'promise', { field: 'agree', op: 'equals', value: true }),
      edge('agree', 'optional', 'otherwise'),
      edge('promise', 'optional'),
      edge('optional', 'photo'),
      edge('photo', 'done'),
    ],
  );
}

function richAnswers(): fc.Arbitrary<Data> {
  return fc.record(
    {
      kind: fc.constantFrom('person', 'company', 'foreign'),
      age: fc.integer({ min: 0, max: 40 }),
      needs: fc.subarray(['tax', 'bank'], { minLength: 1 }),
      agree: fc.boolean(),
    },
    { requiredKeys: ['kind'] },
  );
}

function fillerFor(f: Field): unknown {
  if (f.type === 'text' && f.pattern) return 'AB12';
  if (f.type === 'textarea') return '说明文字';
  if (f.type === 'file') return [{ id: 'f1', name: '证明.pdf', size: 1024, mediaType: f.upload?.accept[0] ?? 'application/pdf' }];
  if (f.type === 'group') return [Object.fromEntries((f.fields ?? []).map((sub) => [sub.key, fillerFor(sub)]))];
  return validValue(f);
}

function materialFiller(node: MaterialNode): unknown {
  const way = node.ways[0] ?? 'paper';
  if (way === 'upload') {
    return { type: 'upload', files: [{ id: 'u1', name: 'scan', size: 2048, mediaType: node.upload?.accept[0] ?? 'application/pdf' }] };
  }
  return validMaterialValue(node);
}

/** A submission that should be valid: the answers of reached situations, reached steps and materials filled in. */
function validSubmission(def: ServiceDefinition, answers: Data): Data {
  let data: Data = { ...answers };
  for (let round = 0; round < 3; round++) {
    const reached = walk(def, data);
    const next: Data = {};
    const materials: Data = {};
    for (const node of def.flow.nodes) {
      if (!reached.has(node.id)) continue;
      if (node.kind === 'situation' && node.key in answers) next[node.key] = answers[node.key];
      if (node.kind === 'step') {
        next[node.key] = Object.fromEntries(node.fields.map((f) => [f.key, fillerFor(f)]));
      }
      if (node.kind === 'material') materials[node.key] = materialFiller(node);
    }
    if (Object.keys(materials).length > 0) next.materials = materials;
    data = next;
  }
  return data;
}

type Mutation = (def: ServiceDefinition, data: Data, pick: number) => Data;

const clone = (data: Data): Data => JSON.parse(JSON.stringify(data)) as Data;
const choose = <T>(list: readonly T[], pick: number): T | undefined => (list.length === 0 ? undefined : list[pick % list.length]);
const steps = (def: ServiceDefinition) => def.flow.nodes.filter((n): n is StepNode => n.kind === 'step');

const mutations: Record<string, Mutation> = {
  none: (_def, data) => data,
  dropKey: (_def, data, pick) => {
    const out = clone(data);
    const keys = Object.keys(out);
    const key = choose(keys, pick);
    if (key === 'materials' && typeof out.materials === 'object') {
      const m = out.materials as Data;
      const inner = choose(Object.keys(m), pick);
      if (inner) delete m[inner];
    } else if (key) delete out[key];
    return out;
  },
  dropField: (_def, data, pick) => {
    const out = clone(data);
    const objects = Object.entries(out).filter(([k, v]) => k !== 'materials' && v && typeof v === 'object' && !Array.isArray(v));
    const target = choose(objects, pick);
    if (target) {
      const inner = target[1] as Data;
      const key = choose(Object.keys(inner), pick);
      if (key) delete inner[key];
    }
    return out;
  },
  staleBranch: (def, data, pick) => {
    const out = clone(data);
    const reached = walk(def, out);
    const unreached = def.flow.nodes.filter((n) => !reached.has(n.id) && n.kind !== 'end' && n.kind !== 'start');
    const node = choose(unreached, pick);
    if (node?.kind === 'situation') out[node.key] = node.options?.[0]?.value ?? 1;
    if (node?.kind === 'step') out[node.key] = Object.fromEntries(node.fields.map((f) => [f.key, fillerFor(f)]));
    if (node?.kind === 'material') out.materials = { ...(out.materials as Data | undefined), [node.key]: materialFiller(node) };
    return out;
  },
  wrongType: (_def, data, pick) => {
    const out = clone(data);
    const key = choose(Object.keys(out), pick);
    if (!key) return out;
    const value = out[key];
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const inner = value as Data;
      const k = choose(Object.keys(inner), pick);
      if (k) inner[k] = choose([12345, 'text', true, null, [], {}], pick + 1);
    } else out[key] = choose([12345, 'text', true, null, ['o0'], {}], pick);
    return out;
  },
  badChecksum: (def, data) => setFirstOfType(def, data, 'id-card-cn', '36042619910102009X'),
  lowercaseX: (def, data) => setFirstOfType(def, data, 'id-card-cn', '11010519491231002x'),
  badUscc: (def, data) => setFirstOfType(def, data, 'uscc-cn', '91110000600037341A'),
  badDate: (def, data) => setFirstOfType(def, data, 'date', '2023-02-29'),
  leapDate: (def, data) => setFirstOfType(def, data, 'date', '2024-02-29'),
  tooLong: (def, data) => setFirstOfType(def, data, 'text', '长'.repeat(201)),
  astral: (def, data) => setFirstOfType(def, data, 'text', '𠀀'.repeat(20)),
  unknownOption: (def, data, pick) => {
    const out = clone(data);
    const situations = def.flow.nodes.filter((n) => n.kind === 'situation' && n.key in out);
    const node = choose(situations, pick);
    if (node && node.kind === 'situation') out[node.key] = node.answerType === 'multi-choice' ? ['zz'] : 'zz';
    return out;
  },
  duplicateOption: (def, data, pick) => {
    const out = clone(data);
    const multis = def.flow.nodes.filter((n) => n.kind === 'situation' && n.answerType === 'multi-choice' && n.key in out);
    const node = choose(multis, pick);
    if (node && node.kind === 'situation') out[node.key] = [node.options![0]!.value, node.options![0]!.value];
    return out;
  },
  wrongVariant: (_def, data, pick) => {
    const out = clone(data);
    const materials = out.materials as Data | undefined;
    const key = materials ? choose(Object.keys(materials), pick) : undefined;
    if (materials && key) {
      materials[key] = choose<unknown>([
        { type: 'sharedData' }, { type: 'paper' }, { type: 'eLicence', licenceId: 'L-1' },
        { type: 'deferred', dueDate: '2026-12-10' }, { type: 'commitment', signedAt: '2026-11-29T10:00:00+08:00' },
        { type: 'upload', files: [] }, { type: 'paper', extra: 1 }, { type: 'deferred', dueDate: '2026-02-30' },
        { type: 'upload', files: [{ id: 'a b', name: 'x', size: 1, mediaType: 'application/pdf' }] },
        { type: 'upload', files: [{ id: 'ok', name: 'x', size: 99999999, mediaType: 'application/pdf' }] },
        {},
      ], pick);
    }
    return out;
  },
  unknownKey: (_def, data) => ({ ...clone(data), surprise: 1 }),
  notAnObject: (_def, _data, pick) => choose<unknown>([null, [], 'x', 3], pick) as Data,
  randomJson: (_def, data, pick) => {
    const out = clone(data);
    const key = choose(Object.keys(out), pick);
    if (key) out[key] = choose<unknown>(['', 0, -1, 1.5, [1, 2], { a: 1 }, 'o1', ['o0', 'o1'], false], pick);
    return out;
  },
};

function setFirstOfType(def: ServiceDefinition, data: Data, type: Field['type'], value: unknown): Data {
  const out = clone(data);
  for (const s of steps(def)) {
    const inner = out[s.key] as Data | undefined;
    if (!inner || typeof inner !== 'object') continue;
    const f = s.fields.find((x) => x.type === type && x.key in inner);
    if (f) {
      inner[f.key] = value;
      return out;
    }
  }
  return out;
}

const others = Object.keys(mutations).filter((name) => name !== 'none');
/** Half the runs keep the valid submission, half apply one mutation, so both verdicts are frequent. */
const mutationArb = fc.oneof(
  { arbitrary: fc.constant('none'), weight: others.length },
  ...others.map((name) => ({ arbitrary: fc.constant(name), weight: 1 })),
);

function parityProperty(defArb: fc.Arbitrary<ServiceDefinition>, answersOf: (def: ServiceDefinition) => fc.Arbitrary<Data>) {
  const compiled = new Map<ServiceDefinition, { pkg: ServicePackage; check: (d: unknown) => boolean }>();
  const tally = { valid: 0, invalid: 0 };
  const mismatches: unknown[] = [];
  const arb = defArb.chain((def) =>
    fc.tuple(fc.constant(def), answersOf(def), mutationArb, fc.nat(1000)),
  );
  fc.assert(
    fc.property(arb, ([def, answers, mutation, pick]) => {
      let entry = compiled.get(def);
      if (!entry) {
        const result = compile(def);
        expect(result.package, JSON.stringify(result.diagnostics.filter((d) => d.severity === 'error'))).toBeDefined();
        const pkg = result.package!;
        // One ajv per package: generated packages share their $id.
        const validate = strictAjv().compile(pkg.schema);
        entry = { pkg, check: (d) => validate(d) as boolean };
        compiled.set(def, entry);
      }
      const data = mutations[mutation]!(def, validSubmission(def, answers), pick);
      const expected = entry.check(data);
      const actual = validateSubmission(entry.pkg, data);
      if (expected) tally.valid++;
      else tally.invalid++;
      if (actual.valid !== expected) mismatches.push({ mutation, data, expected, errors: actual.errors });
      expect(actual.valid, `${mutation}: ${JSON.stringify(data)} engine errors ${JSON.stringify(actual.errors)}`).toBe(expected);
      // Every invalid verdict comes with at least one citizen message.
      if (!expected) expect(actual.errors.length).toBeGreaterThan(0);
    }),
    SETTINGS,
  );
  return tally;
}

describe('engine validation parity with ajv', () => {
  it('gives the same verdict as strict ajv on a hand-built definition with every construct', () => {
    // given a definition with branches, joins, an exit, numbers, includes, groups, files and all material ways
    const rich = richDefinition();
    // when valid submissions and one-mutation variants are validated by both
    const tally = parityProperty(fc.constant(rich), () => richAnswers());
    // then the verdicts agree (asserted per run) and both verdicts occur, valid ones at least 30 %
    expect(tally.invalid).toBeGreaterThan(0);
    expect(tally.valid / (tally.valid + tally.invalid)).toBeGreaterThanOrEqual(0.3);
  });

  it('gives the same verdict as strict ajv on generated definitions', () => {
    // given random definitions from the lead's generator, with random answers
    // when valid submissions and one-mutation variants are validated by both
    const tally = parityProperty(arbitraryDefinition, (def) => arbitraryAnswers(def));
    // then the verdicts agree and both occur
    expect(tally.invalid).toBeGreaterThan(0);
    expect(tally.valid / (tally.valid + tally.invalid)).toBeGreaterThanOrEqual(0.3);
  }, 120_000);

  it('keeps in the effective data exactly the answers a copy-per-answer rebuild keeps, stale answers included', () => {
    // The reference is the form's earlier algorithm: nodes in flow order, each decided on a fresh copy of the
    // answers kept so far with a fresh evaluator. The form now grows one object with one memo (runtime/engine/form.ts).
    const reference = (pkg: ServicePackage, data: Data): Data => {
      let kept: Data = {};
      for (const node of pkg.flow.nodes as PackageNode[]) {
        const has = node.kind === 'material' ? Object.hasOwn((data.materials ?? {}) as Data, node.key) : (node.kind === 'situation' || node.kind === 'step') && Object.hasOwn(data, node.key);
        if (!has || !createReachEvaluator(pkg).reached(node.id, kept)) continue;
        if (node.kind === 'material') kept = { ...kept, materials: { ...((kept.materials ?? {}) as Data), [node.key]: (data.materials as Data)[node.key] } };
        else if (node.kind === 'situation' || node.kind === 'step') kept = { ...kept, [node.key]: data[node.key] };
      }
      return kept;
    };
    let stale = 0;
    fc.assert(
      fc.property(arbitraryDefinition.chain((def) => fc.tuple(fc.constant(def), arbitraryAnswers(def))), ([def, answers]) => {
        const pkg = compile(def).package!;
        const form = createServiceForm(pkg, { locale: 'zh-CN' });
        // given a draft where every step and material is filled in, on the path or not, and every situation answered
        for (const node of pkg.flow.nodes as PackageNode[]) {
          if (node.kind === 'situation' && answers[node.key] !== undefined) form.setValue(node.field.id, answers[node.key]);
          if (node.kind === 'step') for (const f of node.fields) form.setValue(f.id, validValue(f));
          if (node.kind === 'material') {
            const source = def.flow.nodes.find((n): n is MaterialNode => n.kind === 'material' && n.id === node.id);
            if (source) form.setMaterial(node.key, validMaterialValue(source) as never);
          }
        }
        const { data, effectiveData } = form.getState();
        if (effectiveData !== data) stale += 1;
        // then the form keeps exactly what the rebuild keeps
        expect(effectiveData).toEqual(reference(pkg, data as Data));
        // and what it derived with the memo of its effective data agrees with a fresh evaluator on a copy of it:
        // every node on a page is reached, and the material list is the same
        const fresh = createReachEvaluator(pkg);
        const copy = structuredClone(effectiveData);
        const { pages, materials } = form.getState();
        expect(pages.flatMap((page) => page.nodeIds.filter((id) => !fresh.reached(id, copy)))).toEqual([]);
        expect(materials.map((m) => m.key)).toEqual(requiredMaterials(pkg, copy, fresh).map((m) => m.key));
      }),
      SETTINGS,
    );
    // and the drafts did hold answers off the path
    expect(stale).toBeGreaterThan(SETTINGS.numRuns / 3);
  }, 120_000);

  it('reaches exactly the nodes the reference walker reaches on generated definitions', () => {
    // given random definitions and answers
    fc.assert(
      fc.property(arbitraryDefinition.chain((def) => fc.tuple(fc.constant(def), arbitraryAnswers(def))), ([def, answers]) => {
        const pkg = compile(def).package!;
        const data = validSubmission(def, answers);
        // when the engine evaluates every node's reach condition
        const evaluator = createReachEvaluator(pkg);
        const engine = pkg.flow.nodes.filter((n) => evaluator.reached(n.id, data)).map((n) => n.id);
        // then it matches the literal walk of ARCHITECTURE.md's semantics
        const reference = pkg.flow.nodes.filter((n) => walk(def, data).has(n.id)).map((n) => n.id);
        expect(engine).toEqual(reference);
      }),
      SETTINGS,
    );
  });
});
