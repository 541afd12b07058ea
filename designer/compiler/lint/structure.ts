/** Structural rules: one start, unique ids and keys, edges that point at real nodes, start/end degree. */
import type { ServiceDefinition } from '../../../schemas/index.ts';
import type { FlowAnalysis } from '../analysis.ts';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';

export function lintStructure(definition: ServiceDefinition, analysis: FlowAnalysis): Diagnostic[] {
  const out: Diagnostic[] = [];
  const nodes = definition.flow.nodes;
  const starts = nodes.filter((node) => node.kind === 'start');
  if (starts.length !== 1) out.push(diagnostic('SVC002', { count: starts.length }, { path: '/flow/nodes' }));

  // Ids and keys are checked for every node, field and edge, so only a duplicate builds its diagnostic's path.
  const ids = new Set<string>();
  /** Takes an id; false when something else already has it. */
  const claimId = (id: string): boolean => {
    if (ids.has(id)) return false;
    ids.add(id);
    return true;
  };
  const keys = new Set<string>();
  nodes.forEach((node, i) => {
    if (!claimId(node.id)) out.push(diagnostic('SVC003', { id: node.id }, { nodeId: node.id, path: `/flow/nodes/${i}/id` }));
    if (node.kind === 'situation' || node.kind === 'step' || node.kind === 'material') {
      const scope = node.kind === 'material' ? `materials.${node.key}` : node.key;
      if (keys.has(scope)) {
        out.push(diagnostic('SVC004', { key: node.key, where: '节点', whereEn: 'nodes' }, { nodeId: node.id, path: `/flow/nodes/${i}/key` }));
      } else keys.add(scope);
    }
    if (node.kind === 'situation') checkOptions(node.options ?? [], node.id, `/flow/nodes/${i}/options`, out);
    if (node.kind === 'step') {
      const fieldKeys = new Set<string>();
      node.fields.forEach((field, j) => {
        const path = `/flow/nodes/${i}/fields/${j}`;
        if (!claimId(field.id)) out.push(diagnostic('SVC003', { id: field.id }, { nodeId: node.id, fieldId: field.id, path: `${path}/id` }));
        if (fieldKeys.has(field.key)) {
          out.push(diagnostic('SVC004', { key: field.key, where: `步骤 ${node.key}`, whereEn: `step ${node.key}` }, { nodeId: node.id, fieldId: field.id, path: `${path}/key` }));
        }
        fieldKeys.add(field.key);
        checkOptions(field.options ?? [], node.id, `${path}/options`, out);
        const subKeys = new Set<string>();
        (field.fields ?? []).forEach((sub, k) => {
          if (!claimId(sub.id)) out.push(diagnostic('SVC003', { id: sub.id }, { nodeId: node.id, fieldId: sub.id, path: `${path}/fields/${k}/id` }));
          if (subKeys.has(sub.key)) {
            out.push(diagnostic('SVC004', { key: sub.key, where: `重复组 ${field.key}`, whereEn: `group ${field.key}` }, { nodeId: node.id, fieldId: sub.id, path: `${path}/fields/${k}/key` }));
          }
          subKeys.add(sub.key);
        });
      });
    }
  });

  definition.flow.edges.forEach((edge, i) => {
    if (!claimId(edge.id)) out.push(diagnostic('SVC003', { id: edge.id }, { edgeId: edge.id, path: `/flow/edges/${i}/id` }));
    for (const end of [edge.source, edge.target]) {
      if (!analysis.graph.byId.has(end)) out.push(diagnostic('SVC005', { edge: edge.id, node: end }, { edgeId: edge.id, path: `/flow/edges/${i}` }));
    }
  });

  for (const node of analysis.graph.nodes) {
    if (node.kind === 'start' && (analysis.graph.incoming.get(node.id) ?? []).length > 0) {
      out.push(diagnostic('SVC006', { what: '开始节点不能有连入的连线。', whatEn: 'The start node cannot have incoming edges.' }, { nodeId: node.id }));
    }
    if (node.kind === 'end' && (analysis.graph.outgoing.get(node.id) ?? []).length > 0) {
      out.push(diagnostic('SVC006', { what: '结束节点不能有连出的连线。', whatEn: 'An end node cannot have outgoing edges.' }, { nodeId: node.id }));
    }
  }
  return out;
}

function checkOptions(options: readonly { value: string }[], nodeId: string, path: string, out: Diagnostic[]): void {
  const seen = new Set<string>();
  options.forEach((option, i) => {
    if (seen.has(option.value)) {
      out.push(diagnostic('SVC004', { key: option.value, where: '选项', whereEn: 'options' }, { nodeId, path: `${path}/${i}/value` }));
    }
    seen.add(option.value);
  });
}
