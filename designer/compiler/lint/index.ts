/** Runs every lint rule over a definition. Structural errors short-circuit rules that would trip over them. */
import type { FlowEdge, ServiceDefinition } from '../../../schemas/index.ts';
import type { FlowAnalysis } from '../analysis.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { lintApproval } from './approval.ts';
import { lintConditions } from './conditions.ts';
import { lintFields } from './fields.ts';
import { lintGraph } from './graph.ts';
import { lintGuide } from './guide.ts';
import { lintMaterials } from './materials.ts';
import { lintStructure } from './structure.ts';

export function runLint(definition: ServiceDefinition, analysis: FlowAnalysis): Diagnostic[] {
  const edgeIndex = new Map<FlowEdge, number>(definition.flow.edges.map((edge, i) => [edge, i]));
  return [
    ...lintStructure(definition, analysis),
    ...lintGraph(definition, analysis),
    ...lintConditions(analysis, edgeIndex),
    ...lintFields(definition),
    ...lintMaterials(definition),
    ...lintGuide(definition),
    ...lintApproval(definition, new Set(analysis.graph.byId.keys())),
  ];
}
