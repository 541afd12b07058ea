// The applicant flow and the approval lane on a React Flow canvas. React Flow is a view: the document lives in the
// designer store, and every change React Flow reports is translated into a command (changes.ts) at this edge.
import '@xyflow/react/dist/style.css';
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useNodesInitialized,
  useReactFlow,
  ViewportPortal,
  type Connection,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import { useCallback, useContext, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { ServiceDefinition } from '../../../schemas/service.types.ts';
import { editorStrings, type PaletteKind } from '../editor/strings.ts';
import { isCopyKey, isDeleteKey, isPasteKey, isTypingTarget } from '../editor/keyboard.ts';
import type { Lang } from '../i18n.ts';
import { selectCompiled, selectDocument, type DesignerState } from '../store/designerStore.ts';
import { useLoadCompiler } from '../store/useCompiler.ts';
import { DesignerStoreContext, useDesigner } from '../store/useDesigner.ts';
import { DEFAULT_NODE_SIZE } from './autoLayout.ts';
import { connectCommand, deleteCommand, isValidConnection, reconnectCommand, translateEdgeChanges, translateNodeChanges } from './changes.ts';
import { copyFragment, pasteCommand, type Fragment } from './clipboard.ts';
import { nodeTypes } from './nodeTypes.ts';
import { createNodeMapper, EMPTY_VIEW, toFlowEdges, type CanvasEdge, type CanvasNode, type CanvasView } from './toFlow.ts';
import { useCanvasActions } from './useCanvasActions.ts';

/** The drag-and-drop type the palette sets; its value is the node kind. */
export const PALETTE_MIME = 'application/x-banshi-node-kind';

const PALETTE_KINDS: ReadonlySet<string> = new Set(['start', 'situation', 'step', 'material', 'end', 'approval']);
/** Minimap fills by node kind, the same hues as the nodes' left borders. */
const MINIMAP_COLOURS: Readonly<Record<string, string>> = {
  start: '#4ac26b',
  situation: '#c8a7ff',
  step: '#80ccff',
  material: '#e3b341',
  end: '#8c959f',
  approval: '#fb8f44',
};
/** How far each successive paste lands from the copied nodes. */
const PASTE_OFFSET = 40;

const selectSelection = (state: DesignerState) => state.selection;
const selectReveal = (state: DesignerState) => state.reveal;
const selectHighlight = (state: DesignerState) => state.highlight;
const selectDiagnostics = (state: DesignerState) => selectCompiled(state)?.diagnostics;

function problemMap(diagnostics: ReturnType<typeof selectDiagnostics>): Map<string, 'error' | 'warning'> {
  const map = new Map<string, 'error' | 'warning'>();
  for (const diagnostic of diagnostics ?? []) {
    if (!diagnostic.nodeId || (diagnostic.severity !== 'error' && diagnostic.severity !== 'warning')) continue;
    if (map.get(diagnostic.nodeId) !== 'error') map.set(diagnostic.nodeId, diagnostic.severity);
  }
  return map;
}

/** The band behind the approval stages, spanning the canvas's width, so the lane reads as its own swimlane. */
function ApprovalLaneBand({ definition, nodes, label }: { definition: ServiceDefinition; nodes: readonly CanvasNode[]; label: string }) {
  const stageIds = new Set(definition.approval?.nodes.map((stage) => stage.id) ?? []);
  if (stageIds.size === 0) return null;
  const size = (node: CanvasNode) => ({
    width: node.measured?.width ?? DEFAULT_NODE_SIZE.width,
    height: node.measured?.height ?? DEFAULT_NODE_SIZE.height,
  });
  let left = Infinity;
  let right = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  for (const node of nodes) {
    const { width, height } = size(node);
    left = Math.min(left, node.position.x);
    right = Math.max(right, node.position.x + width);
    if (stageIds.has(node.id)) {
      top = Math.min(top, node.position.y);
      bottom = Math.max(bottom, node.position.y + height);
    }
  }
  const pad = 40;
  return (
    <ViewportPortal>
      <div
        className="approval-lane"
        aria-hidden="true"
        style={{ left: left - pad, top: top - pad - 16, width: right - left + pad * 2, height: bottom - top + pad * 2 + 16 }}
      >
        <span className="approval-lane__label">{label}</span>
      </div>
    </ViewportPortal>
  );
}

export interface CanvasProps {
  readonly lang: Lang;
}

/** The editing canvas. Needs a ReactFlowProvider and a DesignerStoreContext above it. */
export function Canvas({ lang }: CanvasProps) {
  const store = useContext(DesignerStoreContext);
  if (!store) throw new Error('Canvas needs a DesignerStoreContext provider');
  const definition = useDesigner(selectDocument);
  const selection = useDesigner(selectSelection);
  // The nodes' problem marks appear once the compiler (loaded after the first paint) has checked the item.
  useLoadCompiler();
  const diagnostics = useDesigner(selectDiagnostics);
  const actions = useCanvasActions();
  const s = editorStrings(lang);
  const reveal = useDesigner(selectReveal);
  const highlight = useDesigner(selectHighlight);
  const nodesInitialized = useNodesInitialized();
  const flow = useReactFlow();

  const [view, setView] = useState<CanvasView>(EMPTY_VIEW);
  const viewRef = useRef(view);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const clipboard = useRef<{ fragment: Fragment; pastes: number } | undefined>(undefined);
  const toFlowNodes = useMemo(() => createNodeMapper(), []);

  const problems = useMemo(() => problemMap(diagnostics), [diagnostics]);
  const nodes = useMemo(
    () => (definition ? toFlowNodes(definition, selection, view, lang, problems, highlight) : []),
    [toFlowNodes, definition, selection, view, lang, problems, highlight],
  );
  const edges = useMemo(
    () => (definition ? toFlowEdges(definition, selection, lang, highlight) : []),
    [definition, selection, lang, highlight],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      const { selection: current, execute, select } = store.getState();
      const effects = translateNodeChanges(changes, viewRef.current, current.nodes);
      if (effects.view !== viewRef.current) {
        viewRef.current = effects.view;
        setView(effects.view);
      }
      if (effects.command) execute(effects.command);
      if (effects.selectedNodes) select({ nodes: effects.selectedNodes, edges: store.getState().selection.edges });
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<CanvasEdge>[]) => {
      const { selection: current, select } = store.getState();
      const edgesSelected = translateEdgeChanges(changes, current.edges);
      if (edgesSelected) select({ nodes: store.getState().selection.nodes, edges: edgesSelected });
    },
    [store],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      const present = store.getState().history?.present;
      const command = present && connectCommand(present, connection);
      if (command) store.getState().execute(command);
    },
    [store],
  );

  const onReconnect = useCallback(
    (oldEdge: CanvasEdge, connection: Connection) => {
      const present = store.getState().history?.present;
      const command = present && reconnectCommand(present, oldEdge.id, connection);
      if (command) store.getState().execute(command);
    },
    [store],
  );

  const validConnection = useCallback(
    (connection: { source: string; target: string }) => {
      const present = store.getState().history?.present;
      return present ? isValidConnection(present, connection) : false;
    },
    [store],
  );

  // Delete, copy and paste act on the store's selection while focus is on the canvas (or nowhere in particular),
  // never while the user types in a field.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      const target = event.target as Node | null;
      const onCanvas = target === document.body || (target !== null && wrapperRef.current?.contains(target) === true);
      if (!onCanvas) return;
      const state = store.getState();
      const present = state.history?.present;
      if (!present) return;
      if (isDeleteKey(event)) {
        const command = deleteCommand(present, state.selection);
        if (!command) return;
        event.preventDefault();
        state.execute(command);
      } else if (isCopyKey(event)) {
        const fragment = copyFragment(present, state.selection);
        if (!fragment) return;
        event.preventDefault();
        clipboard.current = { fragment, pastes: 0 };
      } else if (isPasteKey(event)) {
        const copied = clipboard.current;
        if (!copied) return;
        event.preventDefault();
        copied.pastes += 1;
        const offset = PASTE_OFFSET * copied.pastes;
        const pasted = pasteCommand(present, copied.fragment, { x: offset, y: offset });
        state.execute(pasted.command);
        state.select({ nodes: pasted.nodeIds, edges: [] });
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);

  // A reveal request (the problems panel): centre the nodes once React Flow has measured them, after its own
  // initial fit when the canvas has just been mounted for this request.
  useEffect(() => {
    if (!reveal || !nodesInitialized) return;
    store.getState().clearReveal();
    const ids = reveal.nodes.filter((id) => flow.getInternalNode(id));
    if (ids.length === 0) return;
    requestAnimationFrame(() => void flow.fitView({ nodes: ids.map((id) => ({ id })), padding: 0.6, maxZoom: 1.2, duration: 250 }));
  }, [reveal, nodesInitialized, store, flow]);

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(PALETTE_MIME);
      if (!PALETTE_KINDS.has(kind)) return;
      event.preventDefault();
      actions.addNode(kind as PaletteKind, { x: event.clientX, y: event.clientY });
    },
    [actions],
  );

  if (!definition) return null;
  return (
    <div className={highlight ? 'canvas canvas--simulating' : 'canvas'} ref={wrapperRef} onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow<CanvasNode, CanvasEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onReconnect={onReconnect}
        isValidConnection={validConnection}
        edgesReconnectable
        deleteKeyCode={null}
        fitView
        fitViewOptions={{ padding: 0.15 }}
        minZoom={0.1}
        ariaLabelConfig={s.flowA11y}
        aria-label={s.flowLabel}
      >
        <ApprovalLaneBand definition={definition} nodes={nodes} label={s.approvalLane} />
        <Background gap={20} />
        <MiniMap pannable zoomable nodeColor={(node) => MINIMAP_COLOURS[node.type ?? ''] ?? '#8c959f'} />
        {/* Zoom to fit is in the toolbar (适应画布); one button per action keeps names unique. */}
        <Controls showInteractive={false} showFitView={false} />
      </ReactFlow>
    </div>
  );
}
