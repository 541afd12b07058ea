// Automatic layout with elkjs (layered, left to right). elkjs is 1.6 MB, so it is imported on first use only
// (STACK.md); Vite puts it in its own chunk. The applicant flow and the approval lane are laid out as two graphs
// and the lane is placed below the flow, so it stays a band of its own. The result is one moveNodes command.
import type { ELK, ElkNode } from 'elkjs/lib/elk-api.js';
import type { ServiceDefinition } from '../../../schemas/service.types.ts';
import type { EditCommand, NodeMove } from '../../model/commands.ts';
import type { Dimensions } from './toFlow.ts';

/** Size used for a node React Flow has not measured yet (e.g. while the outline tab is shown). */
export const DEFAULT_NODE_SIZE: Dimensions = { width: 220, height: 96 };
/** Vertical gap between the applicant flow and the approval lane. */
export const LANE_GAP = 160;

const LAYOUT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.layered.spacing.nodeNodeBetweenLayers': '90',
  'elk.spacing.nodeNode': '40',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.edgeRouting': 'ORTHOGONAL',
};

let elkInstance: Promise<ELK> | undefined;

/** Loads elkjs once, on first use. */
export function loadElk(): Promise<ELK> {
  elkInstance ??= import('elkjs/lib/elk.bundled.js').then((module) => {
    // A CommonJS bundle: Vite and Node expose module.exports as `default`, which also carries `default`.
    const exported = module as unknown as { default: { default?: new () => ELK } & (new () => ELK) };
    const Constructor = exported.default.default ?? exported.default;
    return new Constructor();
  });
  return elkInstance;
}

type Sized = { id: string };

function graph(id: string, nodes: readonly Sized[], edges: readonly { id: string; source: string; target: string }[], size: (id: string) => Dimensions): ElkNode {
  const present = new Set(nodes.map((node) => node.id));
  return {
    id,
    layoutOptions: LAYOUT_OPTIONS,
    children: nodes.map((node) => ({ id: node.id, ...size(node.id) })),
    edges: edges
      .filter((edge) => present.has(edge.source) && present.has(edge.target))
      .map((edge) => ({ id: edge.id, sources: [edge.source], targets: [edge.target] })),
  };
}

/** The ELK graphs of a definition: the applicant flow, and the approval lane when there is one. */
export function layoutGraphs(definition: ServiceDefinition, size: (id: string) => Dimensions): { flow: ElkNode; lane?: ElkNode } {
  const flow = graph('flow', definition.flow.nodes, definition.flow.edges, size);
  const approval = definition.approval;
  return approval ? { flow, lane: graph('lane', approval.nodes, approval.edges, size) } : { flow };
}

/** Turns laid-out graphs into node moves: the flow at the origin, the lane LANE_GAP below the flow's bottom. */
export function layoutMoves(flow: ElkNode, lane: ElkNode | undefined): NodeMove[] {
  const moves: NodeMove[] = [];
  let bottom = 0;
  for (const child of flow.children ?? []) {
    const x = Math.round(child.x ?? 0);
    const y = Math.round(child.y ?? 0);
    moves.push({ id: child.id, x, y });
    bottom = Math.max(bottom, y + (child.height ?? DEFAULT_NODE_SIZE.height));
  }
  const laneTop = (flow.children?.length ?? 0) > 0 ? bottom + LANE_GAP : 0;
  for (const child of lane?.children ?? []) {
    moves.push({ id: child.id, x: Math.round(child.x ?? 0), y: Math.round(laneTop + (child.y ?? 0)) });
  }
  return moves;
}

/** Lays the definition out and returns the one command that moves every node, or undefined for an empty item. */
export async function autoLayoutCommand(
  definition: ServiceDefinition,
  size: (id: string) => Dimensions,
  elk: Promise<ELK> = loadElk(),
): Promise<EditCommand | undefined> {
  const layouter = await elk;
  const graphs = layoutGraphs(definition, size);
  const [flow, lane] = await Promise.all([
    layouter.layout(graphs.flow),
    graphs.lane ? layouter.layout(graphs.lane) : Promise.resolve(undefined),
  ]);
  const moves = layoutMoves(flow, lane);
  return moves.length > 0 ? { type: 'moveNodes', moves } : undefined;
}
