// The document as React Flow sees it: nodes and edges derived from the definition plus the canvas's transient
// view state (positions during a drag, measured sizes) and the store's selection. Pure; React Flow never owns
// the document.
import { MarkerType, type Edge, type Node, type XYPosition } from '@xyflow/react';
import type { ApprovalNode, FlowNode1, ServiceDefinition } from '../../../schemas/service.types.ts';
import { localText, type Lang } from '../i18n.ts';
import { answerLookup, conditionText } from '../outline/conditionText.ts';
import type { Highlight, Selection } from '../store/designerStore.ts';
import { previewStrings } from '../preview/strings.ts';
import { editorStrings, type PaletteKind } from '../editor/strings.ts';

/** What a node component receives. */
export interface CanvasNodeData extends Record<string, unknown> {
  readonly node: FlowNode1 | ApprovalNode;
  readonly lang: Lang;
  /** The worst diagnostic on this node, if any. */
  readonly problem?: 'error' | 'warning';
}

export type CanvasNode = Node<CanvasNodeData, PaletteKind>;

export interface CanvasEdgeData extends Record<string, unknown> {
  readonly lane: 'flow' | 'approval';
}

export type CanvasEdge = Edge<CanvasEdgeData>;

export interface Dimensions {
  readonly width: number;
  readonly height: number;
}

/** View state that lives only on the canvas: never in the document, never in the history. */
export interface CanvasView {
  /** Positions of nodes being dragged, until the drag stops and becomes one moveNodes command. */
  readonly transient: ReadonlyMap<string, XYPosition>;
  /** Sizes React Flow measured, handed back so that re-derived nodes keep them (and stay visible). */
  readonly measured: ReadonlyMap<string, Dimensions>;
}

export const EMPTY_VIEW: CanvasView = { transient: new Map(), measured: new Map() };

/** A short human name of a node, for aria labels and the edge labels that mention it. */
export function nodeTitle(node: FlowNode1 | ApprovalNode, lang: Lang): string {
  const s = editorStrings(lang);
  switch (node.kind) {
    case 'start':
      return s.kinds.start;
    case 'situation':
      return localText(node.question, lang);
    case 'step':
      return localText(node.title, lang);
    case 'material':
      return localText(node.name, lang);
    case 'end':
      return node.title ? localText(node.title, lang) : s.outcomes[node.outcome];
    case 'approval':
      return localText(node.name, lang);
  }
}

interface Cached {
  readonly source: FlowNode1 | ApprovalNode;
  readonly selected: boolean;
  readonly position: XYPosition | undefined;
  readonly measured: Dimensions | undefined;
  readonly lang: Lang;
  readonly problem: 'error' | 'warning' | undefined;
  readonly path: PathState;
  readonly result: CanvasNode;
}

/** Where a node or edge stands on the simulated path: on it, off it (dimmed), or no simulation (undefined). */
type PathState = 'on' | 'off' | undefined;

function pathState(highlight: Highlight | null | undefined, ids: ReadonlySet<string> | undefined, id: string): PathState {
  if (!highlight || !ids) return undefined;
  return ids.has(id) ? 'on' : 'off';
}

/**
 * Returns a mapper from the document to React Flow nodes that reuses the previous node object when nothing about
 * it changed, so React Flow re-processes only the nodes an edit or a drag touched.
 */
export function createNodeMapper() {
  let cache = new Map<string, Cached>();
  return function toFlowNodes(
    definition: ServiceDefinition,
    selection: Selection,
    view: CanvasView,
    lang: Lang,
    problems: ReadonlyMap<string, 'error' | 'warning'> = new Map(),
    highlight: Highlight | null = null,
  ): CanvasNode[] {
    const s = editorStrings(lang);
    const p = previewStrings(lang);
    const selected = new Set(selection.nodes);
    const onPath = highlight ? new Set(highlight.nodes) : undefined;
    // Only the applicant flow is simulated; approval stages keep their look.
    const flowIds = new Set(definition.flow.nodes.map((n) => n.id));
    const next = new Map<string, Cached>();
    const all: (FlowNode1 | ApprovalNode)[] = [...definition.flow.nodes, ...(definition.approval?.nodes ?? [])];
    const nodes = all.map((source) => {
      const isSelected = selected.has(source.id);
      const position = view.transient.get(source.id);
      const measured = view.measured.get(source.id);
      const problem = problems.get(source.id);
      const path = flowIds.has(source.id) ? pathState(highlight, onPath, source.id) : undefined;
      const previous = cache.get(source.id);
      if (
        previous &&
        previous.source === source &&
        previous.selected === isSelected &&
        previous.position === position &&
        previous.measured === measured &&
        previous.lang === lang &&
        previous.problem === problem &&
        previous.path === path
      ) {
        next.set(source.id, previous);
        return previous.result;
      }
      const result: CanvasNode = {
        id: source.id,
        type: source.kind,
        position: position ?? source.position,
        data: problem ? { node: source, lang, problem } : { node: source, lang },
        selected: isSelected,
        ariaLabel: s.nodeLabel(s.kinds[source.kind], source.kind === 'start' ? '' : nodeTitle(source, lang)) + (path === 'on' ? p.onPathSuffix : ''),
        ...(path ? { className: path === 'on' ? 'is-on-path' : 'is-off-path' } : {}),
        ...(measured ? { measured: { width: measured.width, height: measured.height } } : {}),
      };
      next.set(source.id, { source, selected: isSelected, position, measured, lang, problem, path, result });
      return result;
    });
    cache = next;
    return nodes;
  };
}

/** React Flow edges: applicant edges labelled with their condition, approval edges with their outcome. */
export function toFlowEdges(definition: ServiceDefinition, selection: Selection, lang: Lang, highlight: Highlight | null = null): CanvasEdge[] {
  const s = editorStrings(lang);
  const p = previewStrings(lang);
  const followed = highlight ? new Set(highlight.edges) : undefined;
  const answers = answerLookup(definition);
  const selected = new Set(selection.edges);
  const names = new Map<string, string>();
  for (const node of definition.flow.nodes) names.set(node.id, nodeTitle(node, lang));
  for (const stage of definition.approval?.nodes ?? []) names.set(stage.id, nodeTitle(stage, lang));
  const name = (id: string) => names.get(id) ?? id;

  const flowEdges = definition.flow.edges.map((edge): CanvasEdge => {
    const label = edge.label
      ? localText(edge.label, lang)
      : edge.otherwise
        ? s.otherwise
        : edge.condition
          ? conditionText(edge.condition, answers, lang)
          : '';
    const path = pathState(highlight, followed, edge.id);
    const kindClass = edge.otherwise ? 'edge--otherwise' : edge.condition ? 'edge--conditional' : undefined;
    const pathClass = path === 'on' ? 'edge--on-path' : path === 'off' ? 'edge--off-path' : undefined;
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: 'smoothstep',
      selected: selected.has(edge.id),
      markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
      className: [kindClass, pathClass].filter(Boolean).join(' ') || undefined,
      ariaLabel: s.edgeLabel(name(edge.source), name(edge.target), label) + (path === 'on' ? p.onPathSuffix : ''),
      data: { lane: 'flow' },
      ...(label ? { label, labelBgPadding: [6, 3] as [number, number], labelBgBorderRadius: 4 } : {}),
    };
  });
  const stageEdges = (definition.approval?.edges ?? []).map((edge): CanvasEdge => {
    const label = s.approvalOutcomes[edge.outcome];
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: 'smoothstep',
      selected: selected.has(edge.id),
      markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
      className: `edge--approval edge--${edge.outcome}`,
      ariaLabel: s.edgeLabel(name(edge.source), name(edge.target), label),
      data: { lane: 'approval' },
      label,
      labelBgPadding: [6, 3],
      labelBgBorderRadius: 4,
    };
  });
  return [...flowEdges, ...stageEdges];
}
