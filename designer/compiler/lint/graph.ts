/** Graph rules for the applicant flow: reachability, dead ends, cycles, a submit end, otherwise edges. */
import type { ServiceDefinition } from '../../../schemas/index.ts';
import type { FlowAnalysis } from '../analysis.ts';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { nodeName } from './names.ts';

export function lintGraph(definition: ServiceDefinition, analysis: FlowAnalysis): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { graph } = analysis;
  if (!graph.start) return out;
  for (const node of graph.nodes) {
    if (!analysis.reachable.has(node.id)) out.push(diagnostic('SVC010', { name: nodeName(node) }, { nodeId: node.id }));
    else if (node.kind !== 'end' && (graph.outgoing.get(node.id) ?? []).length === 0) {
      out.push(diagnostic('SVC011', { name: nodeName(node) }, { nodeId: node.id }));
    }
    const outgoing = graph.outgoing.get(node.id) ?? [];
    const otherwise = outgoing.filter((edge) => edge.otherwise);
    if (otherwise.length > 1) out.push(diagnostic('SVC015', { name: nodeName(node), count: otherwise.length }, { nodeId: node.id }));
    if (otherwise.length > 0 && outgoing.some((edge) => !edge.condition && !edge.otherwise)) {
      out.push(diagnostic('SVC016', { name: nodeName(node) }, { nodeId: node.id, edgeId: otherwise[0]!.id }));
    }
  }
  if (analysis.cycle) {
    const names = analysis.cycle.map((id) => nodeName(graph.byId.get(id), id));
    out.push(diagnostic('SVC012', { cycle: [...names, names[0]].join(' → ') }, { nodeId: analysis.cycle[0] }));
  }
  const submitReachable = graph.nodes.some(
    (node) => node.kind === 'end' && node.outcome === 'submit' && analysis.reachable.has(node.id),
  );
  if (!submitReachable) out.push(diagnostic('SVC013', {}, { path: '/flow/nodes' }));
  void definition;
  return out;
}
