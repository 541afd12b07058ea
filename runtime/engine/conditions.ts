/**
 * The condition interpreter: decides which nodes of a package's flow are on the applicant's path for given
 * submission data. A plain tree walk over the condition JSON (no eval, no generated code), so it runs under a
 * CSP without 'unsafe-eval'. Semantics mirror what designer/compiler/conditions.ts writes into the package
 * schema, so the runtime and any JSON Schema validator agree on every node:
 * - a comparison is false while its field is absent (key missing), except `isEmpty`;
 * - a comparison on a field the package does not know is false (even `isEmpty`), as the schema says;
 * - equals / notEquals / in / notIn use JSON deep equality; lt / lte / gt / gte hold only for JSON numbers;
 *   includes holds only for arrays; `{ all: [] }` is true and `{ any: [] }` is false.
 */
import type { Comparison, ManifestMaterial, PackageNode, ReachCondition, ServicePackage } from '../../schemas/index.ts';
import { jsonEqual, valueAt } from './json.ts';

/** Compares the value found at a field's path with a comparison (`present` false means the key is missing). */
export function compare(comparison: Comparison, present: boolean, value: unknown): boolean {
  const { op } = comparison;
  if (op === 'isEmpty') return !present;
  if (!present) return false;
  const expected = comparison.value;
  switch (op) {
    case 'isNotEmpty':
      return true;
    case 'equals':
      return expected !== undefined && jsonEqual(value, expected);
    case 'notEquals':
      return expected === undefined || !jsonEqual(value, expected);
    case 'in':
      return asList(expected).some((candidate) => jsonEqual(value, candidate));
    case 'notIn':
      return !asList(expected).some((candidate) => jsonEqual(value, candidate));
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      // JSON Schema's exclusiveMaximum & co. ignore non-numbers, but the compiler pairs them with type: number,
      // so a string "5" does not satisfy `gt 3`.
      if (typeof value !== 'number' || typeof expected !== 'number') return false;
      return op === 'lt' ? value < expected : op === 'lte' ? value <= expected : op === 'gt' ? value > expected : value >= expected;
    case 'includes':
      return Array.isArray(value) && value.some((item) => jsonEqual(item, expected));
  }
}

function asList(value: Comparison['value']): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function isComparison(condition: ReachCondition): condition is Comparison {
  return 'field' in condition;
}

/**
 * The field ids a condition reads. With a package, `{ reached: nodeId }` references are followed through the
 * referenced node's reach condition, transitively, so the result is every answer the condition depends on.
 */
export function fieldsRead(condition: ReachCondition, pkg?: ServicePackage): Set<string> {
  return readThrough(condition, pkg ? nodeIndex(pkg) : undefined);
}

/** fieldsRead with the package's node index already built (an evaluator asks many times). */
function readThrough(condition: ReachCondition, nodes: ReadonlyMap<string, PackageNode> | undefined): Set<string> {
  const out = new Set<string>();
  const visitedNodes = new Set<string>();
  const visit = (c: ReachCondition): void => {
    if ('all' in c) c.all.forEach(visit);
    else if ('any' in c) c.any.forEach(visit);
    else if ('not' in c) visit(c.not);
    else if ('reached' in c) {
      if (!nodes || visitedNodes.has(c.reached)) return;
      visitedNodes.add(c.reached);
      const node = nodes.get(c.reached);
      if (node) visit(node.reach);
    } else out.add(c.field);
  };
  visit(condition);
  return out;
}

/** What one condition reads directly: its fields, and the nodes it names with `{ reached }` (not followed). */
function directReads(condition: ReachCondition, fields: Set<string>, nodes: Set<string>): void {
  if ('all' in condition) for (const c of condition.all) directReads(c, fields, nodes);
  else if ('any' in condition) for (const c of condition.any) directReads(c, fields, nodes);
  else if ('not' in condition) directReads(condition.not, fields, nodes);
  else if ('reached' in condition) nodes.add(condition.reached);
  else fields.add(condition.field);
}

function nodeIndex(pkg: ServicePackage): Map<string, PackageNode> {
  return new Map(pkg.flow.nodes.map((node) => [node.id, node as PackageNode]));
}

/** What an evaluator needs to know about a package's flow, built once per package. */
interface PackageIndex {
  readonly nodes: ReadonlyMap<string, PackageNode>;
  /** Field id → the nodes whose own reach condition compares it. */
  readonly directReaders: ReadonlyMap<string, readonly string[]>;
  /** Node id → the nodes whose own reach condition names it with `{ reached }`. */
  readonly referencedBy: ReadonlyMap<string, readonly string[]>;
}

/**
 * Packages are compiled artefacts, never changed in place, so their index is kept with them: a back end calling
 * validateSubmission per request does not rebuild it (it is about a tenth of a validation's time).
 */
const indexes = new WeakMap<ServicePackage, PackageIndex>();

function packageIndex(pkg: ServicePackage): PackageIndex {
  let index = indexes.get(pkg);
  if (index) return index;
  const nodes = nodeIndex(pkg);
  // Direct dependencies only: following `{ reached }` references for every node up front costs the product of
  // the graph's size and its depth (quadratic on a long chain); a field's readers are found by walking back
  // from the nodes that read it directly (nodesReading below).
  const directReaders = new Map<string, string[]>();
  const referencedBy = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, nodeId: string) => {
    const list = map.get(key);
    if (list) list.push(nodeId);
    else map.set(key, [nodeId]);
  };
  for (const node of nodes.values()) {
    const read = new Set<string>();
    const named = new Set<string>();
    directReads(node.reach, read, named);
    for (const fieldId of read) push(directReaders, fieldId, node.id);
    for (const nodeId of named) push(referencedBy, nodeId, node.id);
  }
  indexes.set(pkg, (index = { nodes, directReaders, referencedBy }));
  return index;
}

/** Evaluates reachability for one package; results are memoised per data snapshot (object identity). */
export interface ReachEvaluator {
  /** Whether the node is on the applicant's path for `data`. Unknown node ids are not reached. */
  reached(nodeId: string, data: unknown): boolean;
  /** Evaluates any reach condition (e.g. a manifest material's) against `data`, sharing the node memo. */
  holds(condition: ReachCondition, data: unknown): boolean;
  /** The field ids a condition reads, through `reached` references. */
  fieldsRead(condition: ReachCondition): ReadonlySet<string>;
  /** The node ids whose reachability depends on the field (directly or through `reached`). */
  nodesReading(fieldId: string): ReadonlySet<string>;
  /**
   * Seeds the memo of a new snapshot with the previous snapshot's results for every node that does not read a
   * changed field, so after a keystroke only the nodes depending on that field are evaluated again.
   */
  carryOver(previous: unknown, next: unknown, changedFieldIds: Iterable<string>): void;
  /** How many node conditions were evaluated (not served from the memo); for tests and benchmarks. */
  readonly stats: { evaluations: number };
}

/**
 * Builds the reach evaluator of a package. The package is read once, in time linear in its size; evaluation
 * allocates nothing per call. Which nodes read a field (for carryOver) is worked out the first time that field
 * changes, and kept.
 */
export function createReachEvaluator(pkg: ServicePackage): ReachEvaluator {
  const { nodes, directReaders, referencedBy } = packageIndex(pkg);
  const fields = pkg.flow.fields;
  const memo = new WeakMap<object, Map<string, boolean>>();
  const stats = { evaluations: 0 };
  const readers = new Map<string, ReadonlySet<string>>();
  const nodesReading = (fieldId: string): ReadonlySet<string> => {
    let found = readers.get(fieldId);
    if (found) return found;
    const out = new Set<string>();
    const pending = [...(directReaders.get(fieldId) ?? [])];
    for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
      if (out.has(id)) continue;
      out.add(id);
      for (const next of referencedBy.get(id) ?? []) if (!out.has(next)) pending.push(next);
    }
    readers.set(fieldId, (found = out));
    return found;
  };

  const memoFor = (data: unknown): Map<string, boolean> => {
    // Primitive "submissions" (validate accepts any JSON) get a throwaway memo.
    if (typeof data !== 'object' || data === null) return new Map();
    let found = memo.get(data);
    if (!found) memo.set(data, (found = new Map()));
    return found;
  };

  const evaluate = (condition: ReachCondition, data: unknown, cache: Map<string, boolean>): boolean => {
    if ('all' in condition) return condition.all.every((c) => evaluate(c, data, cache));
    if ('any' in condition) return condition.any.some((c) => evaluate(c, data, cache));
    if ('not' in condition) return !evaluate(condition.not, data, cache);
    if ('reached' in condition) return reachedIn(condition.reached, data, cache);
    if (!isComparison(condition)) return false;
    const location = Object.prototype.hasOwnProperty.call(fields, condition.field) ? fields[condition.field] : undefined;
    if (!location) return false;
    const { present, value } = valueAt(data, location.path);
    return compare(condition, present, value);
  };

  const reachedIn = (nodeId: string, data: unknown, cache: Map<string, boolean>): boolean => {
    const known = cache.get(nodeId);
    if (known !== undefined) return known;
    const node = nodes.get(nodeId);
    if (!node) return false;
    // The flow is a DAG, but a malformed package must not loop: a node being evaluated counts as not reached.
    cache.set(nodeId, false);
    stats.evaluations += 1;
    const result = evaluate(node.reach, data, cache);
    cache.set(nodeId, result);
    return result;
  };

  return {
    reached: (nodeId, data) => reachedIn(nodeId, data, memoFor(data)),
    holds: (condition, data) => evaluate(condition, data, memoFor(data)),
    fieldsRead: (condition) => readThrough(condition, nodes),
    nodesReading,
    carryOver(previous, next, changedFieldIds) {
      if (typeof previous !== 'object' || previous === null || typeof next !== 'object' || next === null) return;
      const before = memo.get(previous);
      if (!before) return;
      const stale = new Set<string>();
      for (const fieldId of changedFieldIds) for (const id of nodesReading(fieldId)) stale.add(id);
      const after = memoFor(next);
      for (const [id, value] of before) if (!stale.has(id) && !after.has(id)) after.set(id, value);
    },
    stats,
  };
}

/** Node ids on the applicant's path, in flow (topological) order. */
export function reachedNodes(pkg: ServicePackage, data: unknown, evaluator = createReachEvaluator(pkg)): string[] {
  return pkg.flow.nodes.filter((node) => evaluator.reached(node.id, data)).map((node) => node.id);
}

/**
 * The 一次性告知 list: the manifest entries whose reach holds for these answers, in manifest order. The reach
 * conditions refer to flow nodes with `{ reached }`, so they share the evaluator's memo.
 */
export function requiredMaterials(
  pkg: ServicePackage,
  data: unknown,
  evaluator: ReachEvaluator = createReachEvaluator(pkg),
): ManifestMaterial[] {
  return pkg.materials.filter((material) => evaluator.holds(material.reach, data));
}
