// Edits from the inspector and outline: every change goes through store.execute as one command. Recipes read
// the latest document at commit time (not the render's), so a commit on blur never overwrites a newer edit.
import { useCallback, useContext } from 'react';
import type { ApprovalNode, FlowEdge, FlowNode1, ItemMeta, ServiceDefinition } from '../../../schemas/service.types.ts';
import type { EditCommand } from '../../model/commands.ts';
import { selectDocument, type DesignerStore } from '../store/designerStore.ts';
import { DesignerStoreContext } from '../store/useDesigner.ts';

export function useDesignerStore(): DesignerStore {
  const store = useContext(DesignerStoreContext);
  if (!store) throw new Error('the inspector needs a DesignerStoreContext provider');
  return store;
}

/** Runs one command built from the latest document (or nothing when the recipe returns undefined). */
export function useExecute(): (build: (definition: ServiceDefinition) => EditCommand | undefined) => void {
  const store = useDesignerStore();
  return useCallback(
    (build) => {
      const definition = selectDocument(store.getState());
      if (!definition) return;
      const command = build(definition);
      if (command) store.getState().execute(command);
    },
    [store],
  );
}

export function useEditNode<N extends FlowNode1>(id: string): (recipe: (node: N) => N) => void {
  const run = useExecute();
  return useCallback(
    (recipe) =>
      run((definition) => {
        const node = definition.flow.nodes.find((candidate) => candidate.id === id) as N | undefined;
        return node ? { type: 'updateNode', node: recipe(node) } : undefined;
      }),
    [run, id],
  );
}

export function useEditEdge(id: string): (recipe: (edge: FlowEdge) => FlowEdge) => void {
  const run = useExecute();
  return useCallback(
    (recipe) =>
      run((definition) => {
        const edge = definition.flow.edges.find((candidate) => candidate.id === id);
        return edge ? { type: 'updateEdge', edge: recipe(edge) } : undefined;
      }),
    [run, id],
  );
}

export function useEditStage(id: string): (recipe: (stage: ApprovalNode) => ApprovalNode) => void {
  const run = useExecute();
  return useCallback(
    (recipe) =>
      run((definition) => {
        const stage = definition.approval?.nodes.find((candidate) => candidate.id === id);
        return stage ? { type: 'updateStage', stage: recipe(stage) } : undefined;
      }),
    [run, id],
  );
}

export function useEditMeta(): (recipe: (meta: ItemMeta) => ItemMeta) => void {
  const run = useExecute();
  return useCallback((recipe) => run((definition) => ({ type: 'setMeta', meta: recipe(definition.meta) })), [run]);
}
