// The applicant flow as a reading list: nodes in topological order from the start node, each with its
// outgoing edges. The canvas (a later issue) shows the same graph spatially; this is its text twin.
import type { FlowEdge, FlowNode, ServiceDefinition } from '../../../schemas/service.types.ts';
import { localText, type Lang } from '../i18n.ts';

/** How an edge is followed: always, when its condition holds, or when no sibling condition holds. */
export type EdgeRule = { type: 'always' } | { type: 'otherwise' } | { type: 'condition'; edge: FlowEdge };

/** One outgoing edge as the outline shows it. */
export interface OutlineEdge {
  id: string;
  target: FlowNode | undefined;
  targetId: string;
  rule: EdgeRule;
}

/** One node of the outline. */
export interface OutlineNode {
  node: FlowNode;
  reachable: boolean;
  outgoing: OutlineEdge[];
}

/**
 * Orders the nodes so that every node comes after the nodes that lead to it (Kahn's algorithm over the
 * part reachable from `start`, ties broken by definition order). Nodes left over — on a cycle, which the
 * compiler reports, or unreachable — follow in definition order, so the outline always shows every node.
 */
export function flowOutline(definition: ServiceDefinition): OutlineNode[] {
  const { nodes, edges } = definition.flow;
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const order = new Map(nodes.map((node, index) => [node.id, index]));
  const outgoing = new Map<string, FlowEdge[]>();
  for (const edge of edges) outgoing.set(edge.source, [...(outgoing.get(edge.source) ?? []), edge]);

  const reachable = new Set<string>();
  const queue = nodes.filter((node) => node.kind === 'start').map((node) => node.id);
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (reachable.has(id) || !byId.has(id)) continue;
    reachable.add(id);
    for (const edge of outgoing.get(id) ?? []) queue.push(edge.target);
  }

  const indegree = new Map<string, number>([...reachable].map((id) => [id, 0]));
  for (const edge of edges) {
    if (reachable.has(edge.source) && reachable.has(edge.target)) indegree.set(edge.target, (indegree.get(edge.target) ?? 0) + 1);
  }
  const byDefinitionOrder = (a: string, b: string) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
  const ready = [...reachable].filter((id) => indegree.get(id) === 0).sort(byDefinitionOrder);
  const sorted: string[] = [];
  while (ready.length > 0) {
    const id = ready.shift() as string;
    sorted.push(id);
    for (const edge of outgoing.get(id) ?? []) {
      if (!indegree.has(edge.target)) continue;
      const left = (indegree.get(edge.target) ?? 0) - 1;
      indegree.set(edge.target, left);
      if (left === 0) {
        ready.push(edge.target);
        ready.sort(byDefinitionOrder);
      }
    }
  }
  const placed = new Set(sorted);
  const rest = nodes.map((node) => node.id).filter((id) => !placed.has(id));

  return [...sorted, ...rest].map((id) => {
    const node = byId.get(id) as FlowNode;
    return {
      node,
      reachable: reachable.has(id),
      outgoing: (outgoing.get(id) ?? []).map((edge) => ({
        id: edge.id,
        target: byId.get(edge.target),
        targetId: edge.target,
        rule: edge.condition ? { type: 'condition', edge } : edge.otherwise ? { type: 'otherwise' } : { type: 'always' },
      })),
    };
  });
}

/** The text a node is known by: its question, title or name; start has none. */
export function nodeTitle(node: FlowNode, lang: Lang): string {
  switch (node.kind) {
    case 'situation':
      return localText(node.question, lang);
    case 'step':
      return localText(node.title, lang);
    case 'material':
      return localText(node.name, lang);
    case 'end':
      return localText(node.title, lang);
    case 'start':
      return '';
  }
}

/** Counts shown on a catalogue card. */
export function flowCounts(definition: ServiceDefinition): { situations: number; steps: number; materials: number } {
  const count = (kind: FlowNode['kind']) => definition.flow.nodes.filter((node) => node.kind === kind).length;
  return { situations: count('situation'), steps: count('step'), materials: count('material') };
}
