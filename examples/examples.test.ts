// Consistency checks for the example service items, their personas and sample submissions.
// Two independent readings of ARCHITECTURE.md "flow semantics" must agree on every sample: the schema the compiler
// emits (validated with ajv and the Banshi formats) and the small path oracle below, which also reports the
// expected error codes. Once runtime/node exists, validateSubmission should join them.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import serviceSchema from '../schemas/service.schema.json' with { type: 'json' };
import { banshiFormats } from '../schemas/formats/index.ts';
import { compile } from '../designer/compiler/index.ts';
import type { Condition, Field, FlowNode, MaterialNode, ServiceDefinition, SituationNode, StepNode } from '../schemas/service.types.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Data = Record<string, Json>;
interface Persona { name: Record<string, string>; description: Record<string, string>; answers: Data; materials: string[] }
interface Sample { description: Record<string, string>; data: Data; expect: { valid: boolean; errors?: { path: string; code: string }[] } }

const here = dirname(fileURLToPath(import.meta.url));
const readJson = <T,>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;

const items = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(here, d.name, `${d.name}.service.json`)))
  .map((d) => {
    const dir = join(here, d.name);
    const samplesDir = join(dir, 'samples');
    return {
      id: d.name,
      definition: readJson<ServiceDefinition>(join(dir, `${d.name}.service.json`)),
      personas: readJson<Persona[]>(join(dir, 'personas.json')),
      samples: readdirSync(samplesDir).filter((f) => f.endsWith('.json')).sort()
        .map((f) => ({ file: f, sample: readJson<Sample>(join(samplesDir, f)) })),
    };
  });

const ajv = new Ajv2020({ strict: true, discriminator: true, allErrors: true });
const validateDefinition = ajv.compile(serviceSchema);

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
/** The submission validator a back end would build from a compiled package. */
function submissionValidator(schema: object) {
  const strict = new Ajv2020({ strict: true, allErrors: true, ownProperties: true });
  addFormats(strict);
  for (const [name, check] of Object.entries(banshiFormats)) strict.addFormat(name, check);
  return strict.compile(schema);
}

const FORBIDDEN_CATCH_ALL = ['其他材料', '有关规定', '其他条件'];

function isSituation(n: FlowNode): n is FlowNode & SituationNode { return n.kind === 'situation'; }
function isStep(n: FlowNode): n is FlowNode & StepNode { return n.kind === 'step'; }
function isMaterial(n: FlowNode): n is FlowNode & MaterialNode { return n.kind === 'material'; }

/** Kahn's algorithm, ties broken by the order of the nodes array; null when there is a cycle. */
function topologicalOrder(def: ServiceDefinition): FlowNode[] | null {
  const { nodes, edges } = def.flow;
  const indegree = new Map(nodes.map((n) => [n.id, 0]));
  for (const e of edges) indegree.set(e.target, (indegree.get(e.target) ?? 0) + 1);
  const done: FlowNode[] = [];
  const remaining = [...nodes];
  while (remaining.length > 0) {
    const i = remaining.findIndex((n) => indegree.get(n.id) === 0);
    if (i < 0) return null;
    const [n] = remaining.splice(i, 1);
    done.push(n!);
    for (const e of edges) if (e.source === n!.id) indegree.set(e.target, indegree.get(e.target)! - 1);
  }
  return done;
}

function fieldValues(def: ServiceDefinition, data: Data): Map<string, Json | undefined> {
  const values = new Map<string, Json | undefined>();
  for (const n of def.flow.nodes) {
    if (isSituation(n)) values.set(n.id, data[n.key]);
    if (isStep(n)) {
      const page = data[n.key];
      for (const f of n.fields) values.set(f.id, page && typeof page === 'object' && !Array.isArray(page) ? page[f.key] : undefined);
    }
  }
  return values;
}

function holds(c: Condition, values: Map<string, Json | undefined>): boolean {
  if ('all' in c) return c.all.every((x) => holds(x, values));
  if ('any' in c) return c.any.some((x) => holds(x, values));
  if ('not' in c) return !holds(c.not, values);
  const v = values.get(c.field);
  if (c.op === 'isEmpty') return v === undefined;
  if (v === undefined) return false;
  switch (c.op) {
    case 'isNotEmpty': return true;
    case 'equals': return v === c.value;
    case 'notEquals': return v !== c.value;
    case 'in': return Array.isArray(c.value) && (c.value as Json[]).includes(v);
    case 'notIn': return Array.isArray(c.value) && !(c.value as Json[]).includes(v);
    case 'lt': return typeof v === 'number' && v < (c.value as number);
    case 'lte': return typeof v === 'number' && v <= (c.value as number);
    case 'gt': return typeof v === 'number' && v > (c.value as number);
    case 'gte': return typeof v === 'number' && v >= (c.value as number);
    case 'includes': return Array.isArray(v) && v.includes(c.value as Json);
  }
}

/** The nodes reached by the answers, in topological order. */
function reachedNodes(def: ServiceDefinition, data: Data): FlowNode[] {
  const order = topologicalOrder(def)!;
  const values = fieldValues(def, data);
  const reached = new Set([order[0]!.id]);
  for (const n of order) {
    if (!reached.has(n.id)) continue;
    const out = def.flow.edges.filter((e) => e.source === n.id);
    const anyHeld = out.some((e) => e.condition && holds(e.condition, values));
    for (const e of out) {
      const follow = e.condition ? holds(e.condition, values) : e.otherwise ? !anyHeld : true;
      if (follow) reached.add(e.target);
    }
  }
  return order.filter((n) => reached.has(n.id));
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function validIdCard(s: string): boolean {
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  const [y, m, d] = [s.slice(6, 10), s.slice(10, 12), s.slice(12, 14)].map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || date.getTime() > Date.now()) return false;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(s[i]), 0);
  return '10X98765432'[sum % 11] === s[17];
}

type Issue = { path: string; code: string };

function checkValue(f: Field | SituationNode, answerType: string, v: Json, path: string, issues: Issue[]) {
  const options = f.options?.map((o) => o.value);
  if (answerType === 'single-choice' && !options?.includes(v as string)) issues.push({ path, code: 'enum' });
  if (answerType === 'multi-choice' && (!Array.isArray(v) || v.some((x) => !options?.includes(x as string)))) issues.push({ path, code: 'enum' });
  if ((answerType === 'integer' || answerType === 'number') && typeof v === 'number') {
    if ((f.minimum !== undefined && v < f.minimum) || (f.maximum !== undefined && v > f.maximum)) issues.push({ path, code: 'range' });
  }
  if (answerType === 'id-card-cn' && (typeof v !== 'string' || !validIdCard(v))) issues.push({ path, code: 'format' });
  if ('pattern' in f && f.pattern && typeof v === 'string' && !new RegExp(f.pattern, 'u').test(v)) issues.push({ path, code: 'pattern' });
}

function checkFields(fields: Field[], page: Json | undefined, path: string, issues: Issue[]) {
  const obj = (page ?? {}) as Record<string, Json>;
  const known = new Set(fields.map((f) => f.key));
  for (const k of Object.keys(obj)) if (!known.has(k)) issues.push({ path: `${path}/${k}`, code: 'not-allowed' });
  for (const f of fields) {
    const v = obj[f.key];
    if (v === undefined) { if (f.required) issues.push({ path: `${path}/${f.key}`, code: 'required' }); continue; }
    if (f.type === 'group') {
      (v as Json[]).forEach((item, i) => checkFields(f.fields!, item, `${path}/${f.key}/${i}`, issues));
    } else checkValue(f, f.type, v, `${path}/${f.key}`, issues);
  }
}

/** A small oracle for the submission rules of ARCHITECTURE.md, enough to prove the samples say what they claim. */
function oracle(def: ServiceDefinition, data: Data): Issue[] {
  const issues: Issue[] = [];
  const reached = new Set(reachedNodes(def, data).map((n) => n.id));
  const keyed = new Set<string>(['materials']);
  for (const n of def.flow.nodes) {
    if (isSituation(n)) {
      keyed.add(n.key);
      const v = data[n.key];
      if (!reached.has(n.id)) { if (v !== undefined) issues.push({ path: `/${n.key}`, code: 'not-allowed' }); continue; }
      if (v === undefined) issues.push({ path: `/${n.key}`, code: 'required' });
      else checkValue(n, n.answerType, v, `/${n.key}`, issues);
    } else if (isStep(n)) {
      keyed.add(n.key);
      const v = data[n.key];
      if (!reached.has(n.id)) { if (v !== undefined) issues.push({ path: `/${n.key}`, code: 'not-allowed' }); continue; }
      checkFields(n.fields, v, `/${n.key}`, issues);
    } else if (isMaterial(n)) {
      const v = (data.materials as Record<string, Json> | undefined)?.[n.key] as { type?: string } | undefined;
      if (!reached.has(n.id)) { if (v !== undefined) issues.push({ path: `/materials/${n.key}`, code: 'not-allowed' }); continue; }
      if (v === undefined) { if (n.necessity !== 'optional') issues.push({ path: `/materials/${n.key}`, code: 'required' }); continue; }
      const ways: string[] = [...n.ways, ...(n.necessity === 'deferrable' ? ['deferred'] : [])];
      if (!ways.includes(v.type ?? '')) issues.push({ path: `/materials/${n.key}`, code: 'material-way' });
      else {
        // What each way carries (schemas/README.md): files, a licence id, a due date, a signing time.
        const needs: Record<string, string> = { upload: 'files', eLicence: 'licenceId', deferred: 'dueDate', commitment: 'signedAt' };
        const needed = needs[v.type ?? ''];
        if (needed && (v as Record<string, Json>)[needed] === undefined) issues.push({ path: `/materials/${n.key}/${needed}`, code: 'required' });
      }
    } else if (n.kind === 'end' && n.outcome === 'exit' && reached.has(n.id)) {
      issues.push({ path: '', code: 'not-eligible' });
    }
  }
  for (const k of Object.keys(data)) if (!keyed.has(k)) issues.push({ path: `/${k}`, code: 'not-allowed' });
  const materialKeys = new Set(def.flow.nodes.filter(isMaterial).map((n) => n.key));
  for (const k of Object.keys((data.materials ?? {}) as object)) if (!materialKeys.has(k)) issues.push({ path: `/materials/${k}`, code: 'not-allowed' });
  return issues;
}

const sortIssues = (xs: Issue[]) => [...xs].sort((a, b) => (a.path + a.code).localeCompare(b.path + b.code));

describe.each(items)('example $id', ({ id, definition: def, personas, samples }) => {
  const nodeById = new Map(def.flow.nodes.map((n) => [n.id, n]));

  it('is a valid definition under service.schema.json', () => {
    const ok = validateDefinition(def);
    expect(validateDefinition.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(def.id).toBe(id);
  });

  it('uses unique ids for nodes, edges and fields, and unique keys for situations, steps and materials', () => {
    const fieldIds = (fs: Field[]): string[] => fs.flatMap((f) => [f.id, ...(f.fields ? fieldIds(f.fields) : [])]);
    const ids = [
      ...def.flow.nodes.map((n) => n.id), ...def.flow.edges.map((e) => e.id),
      ...def.flow.nodes.filter(isStep).flatMap((n) => fieldIds(n.fields)),
      ...(def.approval ? [...def.approval.nodes.map((n) => n.id), ...def.approval.edges.map((e) => e.id)] : []),
    ];
    expect(ids.filter((x, i) => ids.indexOf(x) !== i)).toEqual([]);
    const keys = def.flow.nodes.flatMap((n) => ('key' in n ? [n.key] : []));
    expect(keys.filter((x, i) => keys.indexOf(x) !== i)).toEqual([]);
    for (const n of def.flow.nodes.filter(isStep)) {
      const fk = n.fields.map((f) => f.key);
      expect(fk.filter((x, i) => fk.indexOf(x) !== i), n.id).toEqual([]);
    }
  });

  it('has one start node, edges between existing nodes, no cycle, and every node reachable and able to end', () => {
    expect(def.flow.nodes.filter((n) => n.kind === 'start')).toHaveLength(1);
    for (const e of def.flow.edges) {
      expect(nodeById.has(e.source), e.id).toBe(true);
      expect(nodeById.has(e.target), e.id).toBe(true);
    }
    expect(topologicalOrder(def)).not.toBeNull();
    const start = def.flow.nodes.find((n) => n.kind === 'start')!;
    const seen = new Set([start.id]);
    const queue = [start.id];
    while (queue.length) {
      const id = queue.shift()!;
      for (const e of def.flow.edges) if (e.source === id && !seen.has(e.target)) { seen.add(e.target); queue.push(e.target); }
    }
    expect(def.flow.nodes.filter((n) => !seen.has(n.id)).map((n) => n.id)).toEqual([]);
    for (const n of def.flow.nodes) {
      const out = def.flow.edges.filter((e) => e.source === n.id);
      if (n.kind === 'end') expect(out, n.id).toHaveLength(0);
      else expect(out.length, n.id).toBeGreaterThan(0);
    }
  });

  it('gives every branching edge a condition, at most one otherwise, and conditions only on answers asked on every path', () => {
    const order = topologicalOrder(def)!;
    const fieldOwner = new Map<string, string>();
    for (const n of def.flow.nodes) {
      if (isSituation(n)) fieldOwner.set(n.id, n.id);
      if (isStep(n)) for (const f of n.fields) fieldOwner.set(f.id, n.id);
    }
    // dominators by the iterative data-flow definition
    const preds = (id: string) => def.flow.edges.filter((e) => e.target === id).map((e) => e.source);
    const all = new Set(order.map((n) => n.id));
    const dom = new Map(order.map((n, i) => [n.id, i === 0 ? new Set([n.id]) : new Set(all)]));
    for (const n of order.slice(1)) {
      const ps = preds(n.id).map((p) => dom.get(p)!);
      const inter = new Set([...ps[0]!].filter((x) => ps.every((s) => s.has(x))));
      inter.add(n.id);
      dom.set(n.id, inter);
    }
    const referenced = (c: Condition): string[] =>
      'all' in c ? c.all.flatMap(referenced) : 'any' in c ? c.any.flatMap(referenced) : 'not' in c ? referenced(c.not) : [c.field];
    for (const n of def.flow.nodes) {
      const out = def.flow.edges.filter((e) => e.source === n.id);
      if (out.length > 1) {
        for (const e of out) expect(Boolean(e.condition) || e.otherwise === true, e.id).toBe(true);
        expect(out.filter((e) => e.otherwise).length, n.id).toBeLessThanOrEqual(1);
      }
      for (const e of out) for (const f of e.condition ? referenced(e.condition) : []) {
        expect(fieldOwner.has(f), `${e.id} references ${f}`).toBe(true);
        expect(dom.get(e.source)!.has(fieldOwner.get(f)!), `${e.id}: ${f} is not asked on every path`).toBe(true);
      }
      if (isSituation(n) && n.answerType === 'single-choice' && out.length > 1 && !out.some((e) => e.otherwise)) {
        const covered = new Set(out.flatMap((e) => {
          const c = e.condition as { field?: string; op?: string; value?: Json };
          return c.field === n.id ? (c.op === 'in' ? (c.value as string[]) : [c.value as string]) : [];
        }));
        expect(n.options!.map((o) => o.value).filter((v) => !covered.has(v)), n.id).toEqual([]);
      }
    }
  });

  it('keeps approval budgets within the promised limit and chains stages through pass edges', () => {
    const lane = def.approval!;
    const total = lane.nodes.reduce((s, n) => s + n.budgetDays, 0);
    if (def.meta.promisedTimeLimit.unit === 'working-day') expect(total).toBeLessThanOrEqual(def.meta.promisedTimeLimit.value);
    expect(lane.nodes.some((n) => n.id === lane.entry)).toBe(true);
    expect(lane.nodes.find((n) => n.stage === 'accept')?.outcomes).toContain('correction');
    for (const e of lane.edges) expect(lane.nodes.some((n) => n.id === e.source) && lane.nodes.some((n) => n.id === e.target)).toBe(true);
  });

  it('never uses catch-all wording in its texts', () => {
    const text = JSON.stringify(def);
    for (const w of FORBIDDEN_CATCH_ALL) expect(text.includes(w), w).toBe(false);
  });

  it('compiles without error diagnostics, and the compiled schema accepts exactly the valid samples', () => {
    // given the definition compiled by the Banshi compiler
    const result = compile(def);
    // then nothing blocks publishing
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // and the submission schema agrees with each sample's expectation
    const validate = submissionValidator(result.package!.schema as object);
    for (const { file, sample } of samples) expect(validate(sample.data), file).toBe(sample.expect.valid);
  });

  it.each(personas.map((p) => [p.name['zh-CN'], p] as const))('persona %s answers known situations and gets exactly its materials', (_name, p) => {
    const situations = new Map(def.flow.nodes.filter(isSituation).map((n) => [n.key, n]));
    for (const [k, v] of Object.entries(p.answers)) {
      const s = situations.get(k);
      expect(s, k).toBeDefined();
      const issues: Issue[] = [];
      checkValue(s!, s!.answerType, v, `/${k}`, issues);
      expect(issues).toEqual([]);
    }
    const reached = reachedNodes(def, p.answers);
    for (const n of reached.filter(isSituation)) expect(p.answers[n.key], `${n.key} is asked`).toBeDefined();
    expect(reached.filter(isMaterial).map((n) => n.key)).toEqual(p.materials);
  });

  it.each(samples.map((s) => [s.file, s.sample] as const))('sample %s says what it expects', (_file, s) => {
    const issues = oracle(def, s.data);
    if (s.expect.valid) {
      expect(issues).toEqual([]);
      expect(reachedNodes(def, s.data).some((n) => n.kind === 'end' && n.outcome === 'submit')).toBe(true);
    } else {
      expect(sortIssues(issues)).toEqual(sortIssues(s.expect.errors ?? []));
    }
  });

  it('has at least three personas, two valid and three invalid samples', () => {
    expect(personas.length).toBeGreaterThanOrEqual(3);
    expect(samples.filter((s) => s.sample.expect.valid).length).toBeGreaterThanOrEqual(2);
    expect(samples.filter((s) => !s.sample.expect.valid).length).toBeGreaterThanOrEqual(3);
  });
});

describe('the examples folder', () => {
  it('holds the five Guangdong items', () => {
    expect(items.map((i) => i.id).sort()).toEqual([
      'gd-elderly-card', 'gd-passport-issue', 'gd-pension-enrolment', 'gd-residence-permit', 'gd-sole-trader-registration',
    ]);
  });
});
