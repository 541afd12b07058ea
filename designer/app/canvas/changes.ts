// React Flow's changes translated into commands at the canvas edge. Pure functions: the canvas component only
// wires them to the store. Rules:
// - a position change while dragging moves a transient position (view state, not history);
// - the position changes React Flow reports when a drag stops (dragging: false) become ONE moveNodes command,
//   so a drag is one undo step; a keyboard nudge (also dragging: false) is one step as well;
// - selection changes become the store's selection, never a command;
// - removals are ignored here: deleting goes through `deleteSelection`, one batch for nodes and edges together.
import type { Connection, EdgeChange, NodeChange, XYPosition } from '@xyflow/react';
import type { EditCommand, NodeMove } from '../../model/commands.ts';
import type { ApprovalEdge, FlowEdge, ServiceDefinition } from '../../../schemas/service.types.ts';
import type { Selection } from '../store/designerStore.ts';
import { uniqueId, usedIds } from './newNode.ts';
import type { CanvasView, Dimensions } from './toFlow.ts';

/** What a batch of node changes means for the canvas. */
export interface NodeChangeEffects {
  readonly view: CanvasView;
  /** The one command to execute (a finished drag), if any. */
  readonly command?: EditCommand;
  /** The new selected node ids, when the selection changed. */
  readonly selectedNodes?: readonly string[];
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Translates React Flow node changes; see the rules above. */
export function translateNodeChanges(
  changes: readonly NodeChange[],
  view: CanvasView,
  selectedNodes: readonly string[],
): NodeChangeEffects {
  let transient: Map<string, XYPosition> | undefined;
  let measured: Map<string, Dimensions> | undefined;
  let selected: Set<string> | undefined;
  const moves: NodeMove[] = [];
  for (const change of changes) {
    switch (change.type) {
      case 'position': {
        if (change.dragging) {
          if (!change.position) break;
          transient ??= new Map(view.transient);
          transient.set(change.id, change.position);
        } else {
          const at = change.position ?? view.transient.get(change.id);
          if (at) moves.push({ id: change.id, x: round(at.x), y: round(at.y) });
          if (view.transient.has(change.id) || transient?.has(change.id)) {
            transient ??= new Map(view.transient);
            transient.delete(change.id);
          }
        }
        break;
      }
      case 'dimensions': {
        if (!change.dimensions) break;
        const before = (measured ?? view.measured).get(change.id);
        if (before && before.width === change.dimensions.width && before.height === change.dimensions.height) break;
        measured ??= new Map(view.measured);
        measured.set(change.id, { width: change.dimensions.width, height: change.dimensions.height });
        break;
      }
      case 'select': {
        selected ??= new Set(selectedNodes);
        if (change.selected) selected.add(change.id);
        else selected.delete(change.id);
        break;
      }
      default:
        // 'remove', 'add', 'replace': the document is the source of truth; deletion is deleteSelection's job.
        break;
    }
  }
  const nextView = transient || measured ? { transient: transient ?? view.transient, measured: measured ?? view.measured } : view;
  const nextSelection =
    selected && (selected.size !== selectedNodes.length || selectedNodes.some((id) => !selected.has(id))) ? [...selected] : undefined;
  return {
    view: nextView,
    ...(moves.length > 0 ? { command: { type: 'moveNodes', moves } as const } : {}),
    ...(nextSelection ? { selectedNodes: nextSelection } : {}),
  };
}

/** The new selected edge ids after React Flow's edge changes, or undefined when the selection did not change. */
export function translateEdgeChanges(changes: readonly EdgeChange[], selectedEdges: readonly string[]): readonly string[] | undefined {
  let selected: Set<string> | undefined;
  for (const change of changes) {
    if (change.type !== 'select') continue;
    selected ??= new Set(selectedEdges);
    if (change.selected) selected.add(change.id);
    else selected.delete(change.id);
  }
  if (!selected) return undefined;
  const changed = selected.size !== selectedEdges.length || selectedEdges.some((id) => !selected.has(id));
  return changed ? [...selected] : undefined;
}

function stageIds(definition: ServiceDefinition): Set<string> {
  return new Set(definition.approval?.nodes.map((stage) => stage.id) ?? []);
}

/** Whether a connection may be drawn: no self loops, and never between the applicant flow and the approval lane. */
export function isValidConnection(definition: ServiceDefinition, connection: { source: string; target: string }): boolean {
  if (connection.source === connection.target) return false;
  const stages = stageIds(definition);
  const flow = new Set(definition.flow.nodes.map((node) => node.id));
  if (stages.has(connection.source) && stages.has(connection.target)) return true;
  if (!flow.has(connection.source) || !flow.has(connection.target)) return false;
  const source = definition.flow.nodes.find((node) => node.id === connection.source);
  const target = definition.flow.nodes.find((node) => node.id === connection.target);
  return source?.kind !== 'end' && target?.kind !== 'start';
}

/** The command a new connection means: addEdge in the applicant flow, addStageEdge (outcome pass) in the lane. */
export function connectCommand(definition: ServiceDefinition, connection: Connection): EditCommand | undefined {
  if (!isValidConnection(definition, connection)) return undefined;
  const id = uniqueId(usedIds(definition), 'e');
  const stages = stageIds(definition);
  if (stages.has(connection.source)) {
    const edge: ApprovalEdge = { id, source: connection.source, target: connection.target, outcome: 'pass' };
    return { type: 'addStageEdge', edge };
  }
  const edge: FlowEdge = { id, source: connection.source, target: connection.target };
  return { type: 'addEdge', edge };
}

/** Moving an edge's end to another node: the edge keeps its id, condition or outcome. */
export function reconnectCommand(definition: ServiceDefinition, edgeId: string, connection: Connection): EditCommand | undefined {
  if (!isValidConnection(definition, connection)) return undefined;
  const flowEdge = definition.flow.edges.find((edge) => edge.id === edgeId);
  if (flowEdge) {
    if (flowEdge.source === connection.source && flowEdge.target === connection.target) return undefined;
    return { type: 'updateEdge', edge: { ...flowEdge, source: connection.source, target: connection.target } };
  }
  const stageEdge = definition.approval?.edges.find((edge) => edge.id === edgeId);
  if (!stageEdge || !stageIds(definition).has(connection.source)) return undefined;
  if (stageEdge.source === connection.source && stageEdge.target === connection.target) return undefined;
  // The model has no updateStageEdge: remove and re-add under the same id, as one undo step.
  return {
    type: 'batch',
    commands: [
      { type: 'removeStageEdges', ids: [edgeId] },
      { type: 'addStageEdge', edge: { ...stageEdge, source: connection.source, target: connection.target } },
    ],
  };
}

/** Deleting the selection: nodes (with their edges), stages and edges, as one batch (one undo step). */
export function deleteCommand(definition: ServiceDefinition, selection: Selection): EditCommand | undefined {
  const stages = stageIds(definition);
  const flowNodeIds = new Set(definition.flow.nodes.map((node) => node.id));
  const flowEdgeIds = new Set(definition.flow.edges.map((edge) => edge.id));
  const stageEdgeIds = new Set(definition.approval?.edges.map((edge) => edge.id) ?? []);
  const nodes = selection.nodes.filter((id) => flowNodeIds.has(id));
  const removedStages = selection.nodes.filter((id) => stages.has(id));
  const edges = selection.edges.filter((id) => flowEdgeIds.has(id));
  const stageEdges = selection.edges.filter((id) => stageEdgeIds.has(id));
  const commands: EditCommand[] = [];
  if (edges.length > 0) commands.push({ type: 'removeEdges', ids: edges });
  if (stageEdges.length > 0) commands.push({ type: 'removeStageEdges', ids: stageEdges });
  if (nodes.length > 0) commands.push({ type: 'removeNodes', ids: nodes });
  if (removedStages.length > 0) commands.push({ type: 'removeStages', ids: removedStages });
  if (commands.length === 0) return undefined;
  return { type: 'batch', commands };
}
