/**
 * Graph queries over the applicant flow: adjacency, topological order, reachability and dominators.
 * Pure functions over plain data; the compiler and the designer both use them.
 */
import type { FlowEdge, FlowNode1, ServiceDefinition } from '../../schemas/index.ts';

export interface FlowGraph {
  readonly nodes: readonly FlowNode1[];
  readonly byId: ReadonlyMap<string, FlowNode1>;
  /** Outgoing edges per node id, in definition order (edges to unknown nodes are left out). */
  readonly outgoing: ReadonlyMap<string, readonly FlowEdge[]>;
  readonly incoming: ReadonlyMap<string, readonly FlowEdge[]>;
  readonly start: FlowNode1 | undefined;
}

/** Indexes the applicant flow. Dangling edges and duplicate ids are reported by lint, not here. */
export function buildFlowGraph(definition: ServiceDefinition): FlowGraph {
  const nodes = definition.flow.nodes as FlowNode1[];
  const byId = new Map<string, FlowNode1>();
  for (const node of nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  const outgoing = new Map<string, FlowEdge[]>();
  const incoming = new Map<string, FlowEdge[]>();
  for (const node of byId.values()) {
    outgoing.set(node.id, []);
    incoming.set(node.id, []);
  }
  for (const edge of definition.flow.edges) {
    if (!byId.has(edge.source) || !byId.has(edge.target)) continue;
    outgoing.get(edge.source)!.push(edge);
    incoming.get(edge.target)!.push(edge);
  }
  const start = nodes.find((node) => node.kind === 'start');
  return { nodes: [...byId.values()], byId, outgoing, incoming, start };
}

/** Node ids reachable from start, ignoring conditions. */
export function reachableFromStart(graph: FlowGraph): Set<string> {
  const seen = new Set<string>();
  if (!graph.start) return seen;
  const stack = [graph.start.id];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const edge of graph.outgoing.get(id) ?? []) stack.push(edge.target);
  }
  return seen;
}

/**
 * Topological order of the nodes in `subset` (Kahn's algorithm; ties keep the definition's order, so the
 * order is deterministic). Returns undefined for the order when the subset has a cycle, with one cycle's node ids.
 */
export function topologicalOrder(
  graph: FlowGraph,
  subset: ReadonlySet<string>,
): { order: string[]; cycle?: undefined } | { order?: undefined; cycle: string[] } {
  const position = new Map<string, number>();
  graph.nodes.forEach((node, index) => position.set(node.id, index));
  const indegree = new Map<string, number>();
  for (const id of subset) indegree.set(id, 0);
  for (const id of subset) {
    for (const edge of graph.outgoing.get(id) ?? []) {
      if (subset.has(edge.target)) indegree.set(edge.target, indegree.get(edge.target)! + 1);
    }
  }
  // A sorted ready list keyed by definition position keeps ties stable without a heap; graphs are small enough
  // (≤ 10,000 nodes) that the binary insertion below stays fast.
  const ready: string[] = [...subset].filter((id) => indegree.get(id) === 0);
  ready.sort((a, b) => position.get(a)! - position.get(b)!);
  const order: string[] = [];
  while (ready.length > 0) {
    const id = ready.shift()!;
    order.push(id);
    for (const edge of graph.outgoing.get(id) ?? []) {
      if (!subset.has(edge.target)) continue;
      const left = indegree.get(edge.target)! - 1;
      indegree.set(edge.target, left);
      if (left === 0) insertSorted(ready, edge.target, (x) => position.get(x)!);
    }
  }
  if (order.length === subset.size) return { order };
  return { cycle: findCycle(graph, new Set([...subset].filter((id) => !order.includes(id)))) };
}

function insertSorted(list: string[], item: string, rank: (x: string) => number): void {
  const r = rank(item);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rank(list[mid]!) < r) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, item);
}

function findCycle(graph: FlowGraph, remaining: ReadonlySet<string>): string[] {
  // Every node left after Kahn's algorithm lies on or behind a cycle; walking any remaining successor must
  // eventually revisit a node.
  const first = remaining.values().next().value as string;
  const pathIndex = new Map<string, number>();
  const path: string[] = [];
  let current: string | undefined = first;
  while (current !== undefined && !pathIndex.has(current)) {
    pathIndex.set(current, path.length);
    path.push(current);
    current = (graph.outgoing.get(current) ?? []).map((e) => e.target).find((t) => remaining.has(t));
  }
  return current === undefined ? path : path.slice(pathIndex.get(current));
}

/**
 * Immediate dominators of an acyclic flow, given its topological order starting at start.
 * In a DAG every predecessor precedes its node, so one pass in topological order suffices.
 */
export function immediateDominators(graph: FlowGraph, order: readonly string[]): Map<string, string> {
  const idom = new Map<string, string>();
  const depth = new Map<string, number>();
  const inOrder = new Set(order);
  const [root] = order;
  if (root === undefined) return idom;
  depth.set(root, 0);
  for (const id of order.slice(1)) {
    const preds = (graph.incoming.get(id) ?? []).map((e) => e.source).filter((p) => depth.has(p) && inOrder.has(p));
    let dom = preds[0];
    if (dom === undefined) continue;
    for (const pred of preds.slice(1)) dom = commonDominator(dom, pred, idom, depth);
    idom.set(id, dom);
    depth.set(id, depth.get(dom)! + 1);
  }
  return idom;
}

function commonDominator(a: string, b: string, idom: ReadonlyMap<string, string>, depth: ReadonlyMap<string, number>): string {
  let x = a;
  let y = b;
  while (x !== y) {
    if (depth.get(x)! >= depth.get(y)!) x = idom.get(x)!;
    else y = idom.get(y)!;
  }
  return x;
}

/** Whether `dominator` lies on every path from start to `node` (a node dominates itself). */
export function dominates(idom: ReadonlyMap<string, string>, dominator: string, node: string): boolean {
  let current: string | undefined = node;
  while (current !== undefined) {
    if (current === dominator) return true;
    current = idom.get(current);
  }
  return false;
}
