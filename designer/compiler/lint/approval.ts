/** Approval lane rules: a real entry, edges between real stages, outcomes the source stage has. */
import type { ServiceDefinition } from '../../../schemas/index.ts';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';

export function lintApproval(definition: ServiceDefinition, flowIds: ReadonlySet<string>): Diagnostic[] {
  const lane = definition.approval;
  if (!lane) return [];
  const out: Diagnostic[] = [];
  const stages = new Map(lane.nodes.map((stage) => [stage.id, stage]));
  const keys = new Set<string>();
  const ids = new Set<string>();
  lane.nodes.forEach((stage, i) => {
    // The second stage with an id is the duplicate, so that is where the diagnostic points.
    if (flowIds.has(stage.id) || ids.has(stage.id)) {
      out.push(diagnostic('SVC003', { id: stage.id }, { nodeId: stage.id, path: `/approval/nodes/${i}/id` }));
    }
    ids.add(stage.id);
    if (keys.has(stage.key)) out.push(diagnostic('SVC004', { key: stage.key, where: '审批环节', whereEn: 'approval stages' }, { nodeId: stage.id, path: `/approval/nodes/${i}/key` }));
    keys.add(stage.key);
  });
  if (!stages.has(lane.entry)) {
    out.push(diagnostic('SVC060', { what: `入口环节 “${lane.entry}” 不存在。`, whatEn: `the entry stage "${lane.entry}" does not exist.` }, { path: '/approval/entry' }));
  }
  const next = new Map<string, string[]>();
  lane.edges.forEach((edge, i) => {
    const source = stages.get(edge.source);
    const target = stages.get(edge.target);
    if (!source || !target) {
      out.push(diagnostic('SVC060', { what: `连线 “${edge.id}” 连接了不存在的环节。`, whatEn: `edge "${edge.id}" connects a stage that does not exist.` }, { edgeId: edge.id, path: `/approval/edges/${i}` }));
      return;
    }
    if (!source.outcomes.includes(edge.outcome)) {
      out.push(diagnostic('SVC062', { edge: edge.id, outcome: edge.outcome, name: source.name['zh-CN'] }, { edgeId: edge.id, path: `/approval/edges/${i}/outcome` }));
    }
    next.set(edge.source, [...(next.get(edge.source) ?? []), edge.target]);
  });
  const seen = new Set<string>();
  const stack = stages.has(lane.entry) ? [lane.entry] : [];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(next.get(id) ?? []));
  }
  for (const stage of lane.nodes) {
    if (stages.has(lane.entry) && !seen.has(stage.id)) out.push(diagnostic('SVC061', { name: stage.name['zh-CN'] }, { nodeId: stage.id }));
  }
  return out;
}
