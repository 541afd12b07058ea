// Copy and paste on the canvas. A copy is a fragment of the document (the selected nodes and stages and the
// edges between them); pasting draws new ids and keys, offsets positions and remaps the internal edges and the
// conditions that read a copied question or field, so the pasted part works on its own. One batch = one undo step.
import type {
  ApprovalEdge,
  ApprovalNode,
  Condition,
  Field,
  FlowEdge,
  FlowNode1,
  ServiceDefinition,
} from '../../../schemas/service.types.ts';
import type { EditCommand } from '../../model/commands.ts';
import type { Selection } from '../store/designerStore.ts';
import { uniqueId, uniqueKey, usedIds, usedKeys } from './newNode.ts';

export interface Fragment {
  readonly nodes: readonly FlowNode1[];
  readonly edges: readonly FlowEdge[];
  readonly stages: readonly ApprovalNode[];
  readonly stageEdges: readonly ApprovalEdge[];
}

/** The selected nodes and stages with the edges whose both ends are selected; undefined when nothing is. */
export function copyFragment(definition: ServiceDefinition, selection: Selection): Fragment | undefined {
  const ids = new Set(selection.nodes);
  const nodes = definition.flow.nodes.filter((node) => ids.has(node.id));
  const stages = definition.approval?.nodes.filter((stage) => ids.has(stage.id)) ?? [];
  if (nodes.length === 0 && stages.length === 0) return undefined;
  const inside = (edge: { source: string; target: string }) => ids.has(edge.source) && ids.has(edge.target);
  return {
    nodes,
    edges: definition.flow.edges.filter(inside),
    stages,
    stageEdges: definition.approval?.edges.filter(inside) ?? [],
  };
}

function keyBase(key: string): string {
  return key.replace(/\d+$/, '') || 'copy';
}

function remapCondition(condition: Condition, ids: ReadonlyMap<string, string>): Condition {
  if ('all' in condition) return { all: condition.all.map((c) => remapCondition(c, ids)) };
  if ('any' in condition) return { any: condition.any.map((c) => remapCondition(c, ids)) };
  if ('not' in condition) return { not: remapCondition(condition.not, ids) };
  const field = ids.get(condition.field);
  return field ? { ...condition, field } : condition;
}

function renewFields(fields: readonly Field[], taken: Set<string>, ids: Map<string, string>): Field[] {
  return fields.map((field) => {
    const id = uniqueId(taken, 'f');
    ids.set(field.id, id);
    return field.fields ? { ...field, id, fields: renewFields(field.fields, taken, ids) } : { ...field, id };
  });
}

export interface Pasted {
  readonly command: EditCommand;
  /** The ids of the pasted nodes and stages, to select them. */
  readonly nodeIds: readonly string[];
}

/** The batch that pastes `fragment` into `definition`, `offset` away from where it was copied. */
export function pasteCommand(definition: ServiceDefinition, fragment: Fragment, offset: { x: number; y: number }): Pasted {
  const taken = usedIds(definition);
  const keys = usedKeys(definition);
  const ids = new Map<string, string>();
  const move = (position: { x: number; y: number }) => ({ x: position.x + offset.x, y: position.y + offset.y });

  const nodes = fragment.nodes.map((node): FlowNode1 => {
    const id = uniqueId(taken);
    ids.set(node.id, id);
    const position = move(node.position);
    switch (node.kind) {
      case 'start':
      case 'end':
        return { ...node, id, position };
      case 'step':
        return { ...node, id, position, key: uniqueKey(keyBase(node.key), keys), fields: renewFields(node.fields, taken, ids) };
      default:
        return { ...node, id, position, key: uniqueKey(keyBase(node.key), keys) };
    }
  });
  const stages = fragment.stages.map((stage): ApprovalNode => {
    const id = uniqueId(taken);
    ids.set(stage.id, id);
    return { ...stage, id, position: move(stage.position), key: uniqueKey(keyBase(stage.key), keys) };
  });
  const edges = fragment.edges.map((edge): FlowEdge => {
    const pasted: FlowEdge = { ...edge, id: uniqueId(taken, 'e'), source: ids.get(edge.source)!, target: ids.get(edge.target)! };
    return edge.condition ? { ...pasted, condition: remapCondition(edge.condition, ids) } : pasted;
  });
  const stageEdges = fragment.stageEdges.map(
    (edge): ApprovalEdge => ({ ...edge, id: uniqueId(taken, 'e'), source: ids.get(edge.source)!, target: ids.get(edge.target)! }),
  );

  const commands: EditCommand[] = [
    ...nodes.map((node): EditCommand => ({ type: 'addNode', node })),
    ...edges.map((edge): EditCommand => ({ type: 'addEdge', edge })),
    ...stages.map((stage): EditCommand => ({ type: 'addStage', stage })),
    ...stageEdges.map((edge): EditCommand => ({ type: 'addStageEdge', edge })),
  ];
  return { command: { type: 'batch', commands }, nodeIds: [...nodes.map((n) => n.id), ...stages.map((s) => s.id)] };
}
