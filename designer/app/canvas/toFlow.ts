// The document as React Flow sees it: nodes and edges derived from the definition plus the canvas's transient
// view state (positions during a drag, measured sizes) and the store's selection. Pure; React Flow never owns
// the document.
import { MarkerType, type Edge, type Node, type XYPosition } from '@xyflow/react';
import type { ApprovalNode, FlowNode1, ServiceDefinition } from '../../../schemas/service.types.ts';
import { localText, type Lang } from '../i18n.ts';
import { answerLookup, conditionText } from '../outline/conditionText.ts';
import type { Selection } from '../store/designerStore.ts';
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
  readonly result: CanvasNode;
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
  ): CanvasNode[] {
    const s = editorStrings(lang);
    const selected = new Set(selection.nodes);
    const next = new Map<string, Cached>();
    const all: (FlowNode1 | ApprovalNode)[] = [...definition.flow.nodes, ...(definition.approval?.nodes ?? [])];
    const nodes = all.map((source) => {
      const isSelected = selected.has(source.id);
      const position = view.transient.get(source.id);
      const measured = view.measured.get(source.id);
      const problem = problems.get(source.id);
      const previous = cache.get(source.id);
      if (
        previous &&
        previous.source === source &&
        previous.selected === isSelected &&
        previous.position === position &&
        previous.measured === measured &&
        previous.lang === lang &&
        previous.problem === problem
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
        ariaLabel: s.nodeLabel(s.kinds[source.kind], source.kind === 'start' ? '' : nodeTitle(source, lang)),
        ...(measured ? { measured: { width: measured.width, height: measured.height } } : {}),
      };
      next.set(source.id, { source, selected: isSelected, position, measured, lang, problem, result });
      return result;
    });
    cache = next;
    return nodes;
  };
}

/** React Flow edges: applicant edges labelled with their condition, approval edges with their outcome. */
export function toFlowEdges(definition: ServiceDefinition, selection: Selection, lang: Lang): CanvasEdge[] {
  const s = editorStrings(lang);
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
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: 'smoothstep',
      selected: selected.has(edge.id),
      markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
      className: edge.otherwise ? 'edge--otherwise' : edge.condition ? 'edge--conditional' : undefined,
      ariaLabel: s.edgeLabel(name(edge.source), name(edge.target), label),
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
