/**
 * When is each node on the applicant's path? Computed once per node, in topological order.
 *
 * Every node n gets reach(n) = reach(idom(n)) ∧ local(n), where idom is n's immediate dominator and local(n)
 * only looks at the region between idom(n) and n. Two simplifications keep validation linear in the graph:
 *  - a join whose region always flows into it (no end inside, every branching node exhaustive) is reached
 *    exactly when its dominator is, so it reuses the dominator's reachability (local = true);
 *  - otherwise local(n) refers to the local conditions of the nodes in the region by reference, never to their
 *    full reachability, so a chain of diamonds does not re-evaluate its prefix 2^k times.
 * Nodes that share their reachability are grouped, so the schema evaluates each distinct condition once.
 */
import type { Condition, FlowEdge, ReachCondition } from '../../schemas/index.ts';
import type { FieldEntry } from '../model/fields.ts';
import type { FlowGraph } from '../model/graph.ts';
import { analyzeBranches } from './branchCoverage.ts';
import { conditionSchema } from './conditions.ts';
import { allOf, anyOf, FALSE_SCHEMA, TRUE_SCHEMA, type SchemaObject } from './jsonSchema.ts';

/** A symbolic reach expression; `reach` and `local` name other nodes' definitions. */
type Expr =
  | { t: 'true' }
  | { t: 'false' }
  | { t: 'cond'; condition: Condition }
  | { t: 'reach'; id: string }
  | { t: 'local'; id: string }
  | { t: 'and'; parts: Expr[] }
  | { t: 'or'; parts: Expr[] };

const TRUE: Expr = { t: 'true' };
const FALSE: Expr = { t: 'false' };

function and(parts: Expr[]): Expr {
  const flat = parts.flatMap((p) => (p.t === 'and' ? p.parts : [p])).filter((p) => p.t !== 'true');
  if (flat.some((p) => p.t === 'false')) return FALSE;
  return flat.length === 0 ? TRUE : flat.length === 1 ? flat[0]! : { t: 'and', parts: flat };
}

function or(parts: Expr[]): Expr {
  const flat = parts.flatMap((p) => (p.t === 'or' ? p.parts : [p])).filter((p) => p.t !== 'false');
  if (flat.some((p) => p.t === 'true')) return TRUE;
  return flat.length === 0 ? FALSE : flat.length === 1 ? flat[0]! : { t: 'or', parts: flat };
}

export interface NodeReach {
  readonly id: string;
  /** The node whose reachability this node shares (itself when it has its own). The start node is 'start'. */
  readonly canonical: string;
  /** For the runtime: reach in terms of predecessors ({ reached }) and conditions; memoised evaluation is linear. */
  readonly condition: ReachCondition;
}

export interface ReachabilityResult {
  readonly nodes: ReadonlyMap<string, NodeReach>;
  /** `$defs` entries: reach-<id> for every node, local-<id> where a region refers to a local condition. */
  readonly defs: Record<string, SchemaObject>;
  /** The schema that holds when the node is reached (a `$ref` into defs, or true for nodes always reached). */
  reachSchema(id: string): SchemaObject;
}

export const ROOT = 'start';

/** The condition under which an edge is followed, given its source is reached. */
export function edgeCondition(edge: FlowEdge, siblings: readonly FlowEdge[]): Condition | true | false {
  if (edge.condition) return edge.condition;
  if (!edge.otherwise) return true;
  if (siblings.some((s) => s !== edge && !s.condition && !s.otherwise)) return false;
  const others = siblings.filter((s) => s !== edge && s.condition).map((s) => s.condition!);
  return others.length === 0 ? true : { not: others.length === 1 ? others[0]! : { any: others } };
}

export function computeReachability(
  graph: FlowGraph,
  order: readonly string[],
  idom: ReadonlyMap<string, string>,
  fields: ReadonlyMap<string, FieldEntry>,
): ReachabilityResult {
  const startId = order[0]!;
  const canonical = new Map<string, string>([[startId, ROOT]]);
  const local = new Map<string, Expr>([[startId, TRUE]]);
  const nodes = new Map<string, NodeReach>([[startId, { id: startId, canonical: ROOT, condition: { all: [] } }]]);
  const exhaustive = new Map<string, boolean>();
  const isExhaustive = (id: string): boolean => {
    let known = exhaustive.get(id);
    if (known === undefined) {
      const out = graph.outgoing.get(id) ?? [];
      known = out.length > 0 && analyzeBranches(out, fields).exhaustive;
      exhaustive.set(id, known);
    }
    return known;
  };
  // Each edge's effective condition (an otherwise edge negates its siblings), computed once per edge.
  const followed = new Map<FlowEdge, Condition | boolean>();
  const followedWhen = (edge: FlowEdge): Condition | boolean => {
    let c = followed.get(edge);
    if (c === undefined) {
      c = edgeCondition(edge, graph.outgoing.get(edge.source) ?? []);
      followed.set(edge, c);
    }
    return c;
  };
  const edgeExpr = (edge: FlowEdge): Expr => {
    const c = followedWhen(edge);
    return c === true ? TRUE : c === false ? FALSE : { t: 'cond', condition: c };
  };
  const edgeReach = (edge: FlowEdge): ReachCondition[] => {
    const c = followedWhen(edge);
    return c === true ? [] : c === false ? [{ any: [] }] : [c];
  };
  const reachedRef = (id: string): ReachCondition[] => (canonical.get(id) === ROOT ? [] : [{ reached: id }]);

  for (const id of order.slice(1)) {
    const incoming = graph.incoming.get(id) ?? [];
    const dominator = idom.get(id);
    if (dominator === undefined) continue;
    let nodeLocal: Expr;
    let condition: ReachCondition;
    if (incoming.length === 1) {
      const edge = incoming[0]!;
      nodeLocal = edgeExpr(edge);
      condition = conditionAll([...reachedRef(edge.source), ...edgeReach(edge)]);
    } else if (joinIsCertain(graph, dominator, id, isExhaustive)) {
      nodeLocal = TRUE;
      condition = conditionAll(reachedRef(dominator));
    } else {
      nodeLocal = or(incoming.map((edge) => and([regionPath(edge.source, dominator, idom, local), edgeExpr(edge)])));
      condition = { any: incoming.map((edge) => conditionAll([...reachedRef(edge.source), ...edgeReach(edge)])) };
    }
    local.set(id, nodeLocal);
    const shared = nodeLocal.t === 'true' ? canonical.get(dominator)! : id;
    canonical.set(id, shared);
    nodes.set(id, { id, canonical: shared, condition: shared === ROOT ? { all: [] } : condition });
  }

  const defs: Record<string, SchemaObject> = {};
  const refTo = (id: string): SchemaObject => {
    const target = canonical.get(id);
    return target === undefined ? FALSE_SCHEMA : target === ROOT ? TRUE_SCHEMA : { $ref: `#/$defs/reach-${target}` };
  };
  const usedLocals = new Set<string>();
  const toSchema = (expr: Expr): SchemaObject => {
    switch (expr.t) {
      case 'true':
        return TRUE_SCHEMA;
      case 'false':
        return FALSE_SCHEMA;
      case 'cond':
        return conditionSchema(expr.condition, fields);
      case 'reach':
        return refTo(expr.id);
      case 'local':
        usedLocals.add(expr.id);
        return { $ref: `#/$defs/local-${expr.id}` };
      case 'and':
        return allOf(expr.parts.map(toSchema));
      case 'or':
        return anyOf(expr.parts.map(toSchema));
    }
  };
  for (const id of order.slice(1)) {
    const node = nodes.get(id);
    if (!node) continue;
    if (node.canonical === id) {
      defs[`reach-${id}`] = allOf([refTo(idom.get(id)!), toSchema(local.get(id)!)]);
    } else {
      defs[`reach-${id}`] = refTo(id);
    }
  }
  // Locals are only emitted when a region refers to them; they may refer to further locals.
  const pending = [...usedLocals];
  const emitted = new Set<string>();
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (emitted.has(id)) continue;
    emitted.add(id);
    const before = new Set(usedLocals);
    defs[`local-${id}`] = toSchema(local.get(id) ?? FALSE);
    for (const added of usedLocals) if (!before.has(added)) pending.push(added);
  }
  const sortedDefs: Record<string, SchemaObject> = {};
  for (const key of Object.keys(defs).sort()) sortedDefs[key] = defs[key]!;
  return { nodes, defs: sortedDefs, reachSchema: refTo };
}

function conditionAll(parts: ReachCondition[]): ReachCondition {
  return parts.length === 1 ? parts[0]! : { all: parts };
}

/** reach(p) relative to its dominator d: the chain of local conditions from d down the dominator tree to p. */
function regionPath(p: string, d: string, idom: ReadonlyMap<string, string>, local: ReadonlyMap<string, Expr>): Expr {
  const parts: Expr[] = [];
  let current: string | undefined = p;
  while (current !== undefined && current !== d) {
    const l = local.get(current);
    if (l && l.t !== 'true') parts.push(l.t === 'cond' || l.t === 'false' ? l : { t: 'local', id: current });
    current = idom.get(current);
  }
  return and(parts.reverse());
}

/**
 * A join is reached whenever its dominator is when no walk from the dominator can stop or leave before it:
 * every node in between is not an end and always follows at least one edge.
 */
function joinIsCertain(graph: FlowGraph, dominator: string, join: string, isExhaustive: (id: string) => boolean): boolean {
  const seen = new Set<string>();
  const stack = [dominator];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === join || seen.has(id)) continue;
    seen.add(id);
    const node = graph.byId.get(id);
    if (!node || node.kind === 'end' || !isExhaustive(id)) return false;
    for (const edge of graph.outgoing.get(id) ?? []) stack.push(edge.target);
  }
  return true;
}
