/** Facts about a definition's applicant flow, computed once and shared by lint and code generation. */
import type { ServiceDefinition } from '../../schemas/index.ts';
import { indexFields, type FieldEntry } from '../model/fields.ts';
import { buildFlowGraph, immediateDominators, reachableFromStart, topologicalOrder, type FlowGraph } from '../model/graph.ts';

export interface FlowAnalysis {
  readonly graph: FlowGraph;
  readonly fields: ReadonlyMap<string, FieldEntry>;
  /** Nodes reachable from start, ignoring conditions. */
  readonly reachable: ReadonlySet<string>;
  /** Topological order of the reachable nodes, start first; undefined when they contain a cycle. */
  readonly order: readonly string[] | undefined;
  readonly cycle: readonly string[] | undefined;
  readonly idom: ReadonlyMap<string, string>;
}

export function analyzeFlow(definition: ServiceDefinition): FlowAnalysis {
  const graph = buildFlowGraph(definition);
  const fields = indexFields(graph.nodes);
  const reachable = reachableFromStart(graph);
  const sorted = topologicalOrder(graph, reachable);
  const order = sorted.order;
  const idom = order ? immediateDominators(graph, order) : new Map<string, string>();
  return { graph, fields, reachable, order, cycle: sorted.cycle, idom };
}
