import { beforeAll, describe, expect, it } from 'vitest';
import { definition, edge, end, material, start } from '../../compiler/testing/builders.ts';
import { loadCompiler } from './compiler.ts';
import { createDesignerStore, differsOnlyInPositions, selectCanUndo, selectCompiled, selectDocument } from './designerStore.ts';

const item = () => definition([start(), material('m'), end('done')], [edge('start', 'm'), edge('m', 'done')]);

// The compiler is a chunk the designer loads after its first paint; these tests start with it loaded.
beforeAll(async () => {
  await loadCompiler();
});

describe('designer store', () => {
  it('edits through commands, and selection is not an undo step', () => {
    const store = createDesignerStore(item());
    store.getState().select({ nodes: ['m'], edges: [] });
    expect(selectCanUndo(store.getState())).toBe(false);
    store.getState().execute({ type: 'moveNodes', moves: [{ id: 'm', x: 10, y: 20 }] });
    expect(selectCanUndo(store.getState())).toBe(true);
    store.getState().undo();
    expect(selectDocument(store.getState())!.flow.nodes.find((n) => n.id === 'm')!.position).toEqual({ x: 0, y: 0 });
  });

  it('drops selected ids that an undo removed', () => {
    const store = createDesignerStore(item());
    store.getState().execute({ type: 'addNode', node: { ...material('extra'), position: { x: 5, y: 5 } } });
    store.getState().select({ nodes: ['extra', 'm'], edges: [] });
    store.getState().undo();
    expect(store.getState().selection.nodes).toEqual(['m']);
  });

  it('compiles once per document version', () => {
    const store = createDesignerStore(item());
    const first = selectCompiled(store.getState());
    expect(selectCompiled(store.getState())).toBe(first);
    expect(first!.package).toBeDefined();
    store.getState().execute({ type: 'removeNodes', ids: ['m'] });
    const second = selectCompiled(store.getState());
    expect(second).not.toBe(first);
    // removing the only material disconnects the end node: the compile now reports it and emits no package
    expect(second!.diagnostics.some((d) => d.code === 'SVC010' && d.nodeId === 'done')).toBe(true);
    expect(second!.package).toBeUndefined();
  });
});

describe('compile reuse', () => {
  it('a move reuses the previous compile; any other edit compiles again', () => {
    const store = createDesignerStore(item());
    const first = selectCompiled(store.getState());
    store.getState().execute({ type: 'moveNodes', moves: [{ id: 'm', x: 300, y: 40 }] });
    expect(selectCompiled(store.getState())).toBe(first);
    store.getState().execute({ type: 'updateNode', node: { ...material('m'), position: { x: 300, y: 40 }, necessity: 'optional' } });
    expect(selectCompiled(store.getState())).not.toBe(first);
  });

  it('tells a position-only change from a content change', () => {
    const a = item();
    const moved = { ...a, flow: { ...a.flow, nodes: a.flow.nodes.map((n) => (n.id === 'm' ? { ...n, position: { x: 1, y: 2 } } : n)) } };
    const renamed = { ...a, flow: { ...a.flow, nodes: a.flow.nodes.map((n) => (n.id === 'm' ? { ...n, key: 'other' } : n)) } };
    expect(differsOnlyInPositions(a, moved)).toBe(true);
    expect(differsOnlyInPositions(a, renamed)).toBe(false);
    expect(differsOnlyInPositions(a, { ...a, meta: { ...a.meta } })).toBe(false);
  });
});
