// Canvas actions the toolbar and the palette share: add a node, lay out, zoom to fit. Needs a ReactFlowProvider
// above (EditorPage provides one) and the designer store in context.
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useContext } from 'react';
import type { ApprovalNode, FlowNode1, ServiceDefinition } from '../../../schemas/service.types.ts';
import type { EditCommand } from '../../model/commands.ts';
import type { PaletteKind } from '../editor/strings.ts';
import { DesignerStoreContext } from '../store/useDesigner.ts';
import { autoLayoutCommand, DEFAULT_NODE_SIZE } from './autoLayout.ts';
import { createNode } from './newNode.ts';

/** The command that adds a node or a stage. */
export function addCommand(node: FlowNode1 | ApprovalNode): EditCommand {
  return node.kind === 'approval' ? { type: 'addStage', stage: node } : { type: 'addNode', node };
}

/** Where a node goes when the canvas is not on screen: right of everything else, in its own lane. */
function besideEverything(definition: ServiceDefinition, kind: PaletteKind): { x: number; y: number } {
  const flow = definition.flow.nodes;
  const stages = definition.approval?.nodes ?? [];
  const all = [...flow, ...stages];
  const right = all.length > 0 ? Math.max(...all.map((n) => n.position.x)) + DEFAULT_NODE_SIZE.width + 60 : 0;
  const laneY = stages.length > 0 ? stages[0]!.position.y : (flow.length > 0 ? Math.max(...flow.map((n) => n.position.y)) : 0) + 300;
  return { x: right, y: kind === 'approval' ? laneY : (flow[0]?.position.y ?? 0) };
}

export interface CanvasActions {
  /** Adds a node of `kind`, at `screen` (client coordinates) or at the centre of the view; selects it; returns its id. */
  addNode(kind: PaletteKind, screen?: { x: number; y: number }): string | undefined;
  autoLayout(): Promise<void>;
  fitView(): void;
}

/** The canvas actions bound to the store and React Flow in context. */
export function useCanvasActions(): CanvasActions {
  const store = useContext(DesignerStoreContext);
  const flow = useReactFlow();
  const flowStore = useStoreApi();

  const addNode = useCallback(
    (kind: PaletteKind, screen?: { x: number; y: number }) => {
      const state = store?.getState();
      const definition = state?.history?.present;
      if (!state || !definition) return undefined;
      const domNode = flowStore.getState().domNode;
      let position: { x: number; y: number };
      if (screen) {
        position = flow.screenToFlowPosition(screen);
      } else if (domNode && domNode.isConnected) {
        const box = domNode.getBoundingClientRect();
        const centre = flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
        position = { x: centre.x - DEFAULT_NODE_SIZE.width / 2, y: centre.y - DEFAULT_NODE_SIZE.height / 2 };
      } else {
        position = besideEverything(definition, kind);
      }
      const node = createNode(kind, position, definition);
      state.execute(addCommand(node));
      state.select({ nodes: [node.id], edges: [] });
      return node.id;
    },
    [store, flow, flowStore],
  );

  const fitView = useCallback(() => {
    void flow.fitView({ padding: 0.15, duration: 200 });
  }, [flow]);

  const autoLayout = useCallback(async () => {
    const definition = store?.getState().history?.present;
    if (!store || !definition) return;
    const size = (id: string) => {
      const measured = flow.getInternalNode(id)?.measured;
      return measured?.width && measured.height ? { width: measured.width, height: measured.height } : DEFAULT_NODE_SIZE;
    };
    const command = await autoLayoutCommand(definition, size);
    // The document may have changed while elk worked: lay out only if it is still the one measured.
    if (!command || store.getState().history?.present !== definition) return;
    store.getState().execute(command);
    requestAnimationFrame(() => void flow.fitView({ padding: 0.15, duration: 200 }));
  }, [store, flow]);

  return { addNode, autoLayout, fitView };
}
