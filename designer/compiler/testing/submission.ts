/** The submission a citizen with given answers would send, built from the reference walk. */
import type { ServiceDefinition } from '../../../schemas/index.ts';
import { validMaterialValue, validValue } from './generate.ts';
import { walk } from './walk.ts';

/** Builds the submission a citizen with these answers would send: data for every reached node, nothing else. */
export function submissionFor(definition: ServiceDefinition, answers: Record<string, unknown>) {
  // Situations are answered in flow order; the walk over the answers alone decides reachability here because
  // the generated conditions only read situations.
  const reached = walk(definition, answers);
  const data: Record<string, unknown> = {};
  const materials: Record<string, unknown> = {};
  for (const node of definition.flow.nodes) {
    if (!reached.has(node.id)) continue;
    if (node.kind === 'situation') data[node.key] = answers[node.key];
    if (node.kind === 'step') {
      data[node.key] = Object.fromEntries(node.fields.filter((f) => f.required).map((f) => [f.key, validValue(f)]));
    }
    if (node.kind === 'material' && node.necessity !== 'optional') materials[node.key] = validMaterialValue(node);
  }
  if (Object.keys(materials).length > 0) data.materials = materials;
  const exits = definition.flow.nodes.some((n) => n.kind === 'end' && n.outcome === 'exit' && reached.has(n.id));
  return { data, reached, eligible: !exits };
}

