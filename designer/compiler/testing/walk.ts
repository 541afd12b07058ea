/**
 * A reference walker, written independently of the compiler: follows the flow semantics of ARCHITECTURE.md
 * literally (every edge whose condition holds is followed) to decide which nodes an applicant reaches.
 */
import type { Condition, ServiceDefinition } from '../../../schemas/index.ts';

function valueAt(definition: ServiceDefinition, data: Record<string, unknown>, fieldId: string): unknown {
  for (const node of definition.flow.nodes) {
    if (node.kind === 'situation' && node.id === fieldId) return data[node.key];
    if (node.kind === 'step') {
      const field = node.fields.find((f) => f.id === fieldId);
      if (field) return (data[node.key] as Record<string, unknown> | undefined)?.[field.key];
    }
  }
  return undefined;
}

export function holds(definition: ServiceDefinition, data: Record<string, unknown>, condition: Condition): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(definition, data, c));
  if ('any' in condition) return condition.any.some((c) => holds(definition, data, c));
  if ('not' in condition) return !holds(definition, data, condition.not);
  const value = valueAt(definition, data, condition.field);
  if (condition.op === 'isEmpty') return value === undefined;
  if (value === undefined) return false;
  const target = condition.value;
  switch (condition.op) {
    case 'isNotEmpty': return true;
    case 'equals': return JSON.stringify(value) === JSON.stringify(target);
    case 'notEquals': return JSON.stringify(value) !== JSON.stringify(target);
    case 'in': return (target as unknown[]).some((t) => JSON.stringify(t) === JSON.stringify(value));
    case 'notIn': return !(target as unknown[]).some((t) => JSON.stringify(t) === JSON.stringify(value));
    case 'lt': return typeof value === 'number' && value < (target as number);
    case 'lte': return typeof value === 'number' && value <= (target as number);
    case 'gt': return typeof value === 'number' && value > (target as number);
    case 'gte': return typeof value === 'number' && value >= (target as number);
    case 'includes': return Array.isArray(value) && value.some((v) => JSON.stringify(v) === JSON.stringify(target));
  }
}

/** The set of node ids reached for the given data (the definition must be acyclic). */
export function walk(definition: ServiceDefinition, data: Record<string, unknown>): Set<string> {
  const start = definition.flow.nodes.find((n) => n.kind === 'start')!;
  const reached = new Set<string>([start.id]);
  const queue = [start.id];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const out = definition.flow.edges.filter((e) => e.source === id);
    const conditional = out.filter((e) => e.condition);
    for (const edge of out) {
      const follow = edge.condition
        ? holds(definition, data, edge.condition)
        : edge.otherwise
          ? !conditional.some((e) => holds(definition, data, e.condition!))
          : true;
      if (follow && !reached.has(edge.target)) {
        reached.add(edge.target);
        queue.push(edge.target);
      }
    }
  }
  return reached;
}
