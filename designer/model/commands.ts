/**
 * Document edits as commands: a tagged union applied by one pure reducer. The canvas, the inspector and the JSON
 * view all edit through these, so they share one undo history (history.ts). Commands never mutate: they return a
 * new definition that shares every untouched part with the old one, which keeps history snapshots cheap.
 * Selection, viewport and hover are not document state and never become commands.
 */
import type {
  ApprovalEdge,
  ApprovalNode,
  FlowEdge,
  FlowNode1,
  ItemMeta,
  ServiceDefinition,
} from '../../schemas/index.ts';
import type { Persona } from '../../schemas/service.types.ts';

export interface NodeMove {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

export type EditCommand =
  | { readonly type: 'addNode'; readonly node: FlowNode1 }
  | { readonly type: 'updateNode'; readonly node: FlowNode1 }
  /** Removes the nodes and every edge attached to them. */
  | { readonly type: 'removeNodes'; readonly ids: readonly string[] }
  /** A whole drag is one command: positions at drag stop, applied in one step. */
  | { readonly type: 'moveNodes'; readonly moves: readonly NodeMove[] }
  | { readonly type: 'addEdge'; readonly edge: FlowEdge }
  | { readonly type: 'updateEdge'; readonly edge: FlowEdge }
  | { readonly type: 'removeEdges'; readonly ids: readonly string[] }
  | { readonly type: 'addStage'; readonly stage: ApprovalNode }
  | { readonly type: 'updateStage'; readonly stage: ApprovalNode }
  | { readonly type: 'removeStages'; readonly ids: readonly string[] }
  | { readonly type: 'addStageEdge'; readonly edge: ApprovalEdge }
  | { readonly type: 'removeStageEdges'; readonly ids: readonly string[] }
  | { readonly type: 'setMeta'; readonly meta: ItemMeta }
  /** The document's version: set when a version is published (editing then continues as a draft of the next one). */
  | { readonly type: 'setVersion'; readonly version: string }
  /** Replaces the whole document: a JSON edit or an import. */
  | { readonly type: 'replaceDefinition'; readonly definition: ServiceDefinition }
  /** Several commands as one undo step (paste, delete a selection of nodes and edges). */
  | { readonly type: 'batch'; readonly commands: readonly EditCommand[] }
  /** Personas (the situation simulator's test applicants): never reach the package. An existing id is a no-op. */
  | { readonly type: 'addPersona'; readonly persona: Persona }
  | { readonly type: 'updatePersona'; readonly persona: Persona }
  | { readonly type: 'removePersona'; readonly id: string };

function withFlow(definition: ServiceDefinition, flow: Partial<ServiceDefinition['flow']>): ServiceDefinition {
  return { ...definition, flow: { ...definition.flow, ...flow } };
}

function replaceById<T extends { id: string }>(list: readonly T[], item: T): T[] {
  return list.map((existing) => (existing.id === item.id ? item : existing));
}

/**
 * Applies one command. Commands that name something missing (a stale id after a concurrent change) leave the
 * document as it was rather than throwing: an editor must never lose the document over a lost race.
 */
export function applyCommand(definition: ServiceDefinition, command: EditCommand): ServiceDefinition {
  const { nodes, edges } = definition.flow;
  switch (command.type) {
    case 'addNode':
      if (nodes.some((n) => n.id === command.node.id)) return definition;
      return withFlow(definition, { nodes: [...nodes, command.node] });
    case 'updateNode':
      if (!nodes.some((n) => n.id === command.node.id)) return definition;
      return withFlow(definition, { nodes: replaceById(nodes, command.node) });
    case 'removeNodes': {
      const ids = new Set(command.ids);
      if (!nodes.some((n) => ids.has(n.id))) return definition;
      return withFlow(definition, {
        nodes: nodes.filter((n) => !ids.has(n.id)),
        edges: edges.filter((e) => !ids.has(e.source) && !ids.has(e.target)),
      });
    }
    case 'moveNodes': {
      const moves = new Map(command.moves.map((m) => [m.id, m]));
      let changed = false;
      const moved = nodes.map((node) => {
        const move = moves.get(node.id);
        if (!move || (move.x === node.position.x && move.y === node.position.y)) return node;
        changed = true;
        return { ...node, position: { x: move.x, y: move.y } };
      });
      const stages = definition.approval?.nodes.map((stage) => {
        const move = moves.get(stage.id);
        if (!move || (move.x === stage.position.x && move.y === stage.position.y)) return stage;
        changed = true;
        return { ...stage, position: { x: move.x, y: move.y } };
      });
      if (!changed) return definition;
      const next = withFlow(definition, { nodes: moved });
      return definition.approval && stages ? { ...next, approval: { ...definition.approval, nodes: stages } } : next;
    }
    case 'addEdge':
      if (edges.some((e) => e.id === command.edge.id)) return definition;
      return withFlow(definition, { edges: [...edges, command.edge] });
    case 'updateEdge':
      if (!edges.some((e) => e.id === command.edge.id)) return definition;
      return withFlow(definition, { edges: replaceById(edges, command.edge) });
    case 'removeEdges': {
      const ids = new Set(command.ids);
      if (!edges.some((e) => ids.has(e.id))) return definition;
      return withFlow(definition, { edges: edges.filter((e) => !ids.has(e.id)) });
    }
    case 'addStage': {
      const lane = definition.approval;
      if (!lane) return { ...definition, approval: { entry: command.stage.id, nodes: [command.stage], edges: [] } };
      if (lane.nodes.some((s) => s.id === command.stage.id)) return definition;
      return { ...definition, approval: { ...lane, nodes: [...lane.nodes, command.stage] } };
    }
    case 'updateStage': {
      const lane = definition.approval;
      if (!lane || !lane.nodes.some((s) => s.id === command.stage.id)) return definition;
      return { ...definition, approval: { ...lane, nodes: replaceById(lane.nodes, command.stage) } };
    }
    case 'removeStages': {
      const lane = definition.approval;
      const ids = new Set(command.ids);
      if (!lane || !lane.nodes.some((s) => ids.has(s.id))) return definition;
      const remaining = lane.nodes.filter((s) => !ids.has(s.id));
      if (remaining.length === 0) {
        const { approval: _removed, ...rest } = definition;
        return rest;
      }
      return {
        ...definition,
        approval: {
          // The entry moves to the first remaining stage so the lane stays valid.
          entry: ids.has(lane.entry) ? remaining[0]!.id : lane.entry,
          nodes: remaining,
          edges: lane.edges.filter((e) => !ids.has(e.source) && !ids.has(e.target)),
        },
      };
    }
    case 'addStageEdge': {
      const lane = definition.approval;
      if (!lane || lane.edges.some((e) => e.id === command.edge.id)) return definition;
      return { ...definition, approval: { ...lane, edges: [...lane.edges, command.edge] } };
    }
    case 'removeStageEdges': {
      const lane = definition.approval;
      const ids = new Set(command.ids);
      if (!lane || !lane.edges.some((e) => ids.has(e.id))) return definition;
      return { ...definition, approval: { ...lane, edges: lane.edges.filter((e) => !ids.has(e.id)) } };
    }
    case 'setMeta':
      return command.meta === definition.meta ? definition : { ...definition, meta: command.meta };
    case 'setVersion':
      return command.version === definition.version ? definition : { ...definition, version: command.version };
    case 'replaceDefinition':
      return command.definition;
    case 'batch':
      return command.commands.reduce(applyCommand, definition);
    case 'addPersona': {
      const personas = definition.personas ?? [];
      if (personas.some((p) => p.id === command.persona.id)) return definition;
      return { ...definition, personas: [...personas, command.persona] };
    }
    case 'updatePersona': {
      const personas = definition.personas;
      if (!personas?.some((p) => p.id === command.persona.id)) return definition;
      return { ...definition, personas: replaceById(personas, command.persona) };
    }
    case 'removePersona': {
      const personas = definition.personas;
      if (!personas?.some((p) => p.id === command.id)) return definition;
      const remaining = personas.filter((p) => p.id !== command.id);
      if (remaining.length > 0) return { ...definition, personas: remaining };
      // The last one gone: no empty array left behind, so the exported definition is as it was before personas.
      const { personas: _removed, ...rest } = definition;
      return rest;
    }
  }
}
