import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { installFlowEnvironment } from '../canvas/testing/flowEnv.ts';
import { createDesignerStore, selectDocument, type DesignerStore } from '../store/designerStore.ts';
import { loadAfterFirstPaint } from '../testing/afterFirstPaint.ts';
import { fixture } from '../testing/fixture.ts';
import { EditorPage } from './EditorPage.tsx';

beforeAll(async () => {
  installFlowEnvironment();
  await loadAfterFirstPaint();
});
afterEach(cleanup);

function open(): DesignerStore {
  const store = createDesignerStore(fixture);
  render(<EditorPage store={store} lang="zh-CN" />);
  return store;
}

const doc = (store: DesignerStore) => selectDocument(store.getState())!;
const steps = (store: DesignerStore) => store.getState().history!.past.length;
const canvasNode = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);

describe('the editor page', () => {
  it('shows the toolbar, the palette, the canvas with every node and the problems strip', () => {
    open();

    expect(screen.getByRole('button', { name: '撤销' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '自动布局' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: '画布', selected: true })).toBeTruthy();
    expect(screen.getByRole('button', { name: '添加情形节点' })).toBeTruthy();
    for (const node of [...fixture.flow.nodes, ...fixture.approval!.nodes]) expect(canvasNode(node.id)).toBeTruthy();
    expect(canvasNode('isSenior')?.textContent).toContain('情形');
    expect(canvasNode('review')?.textContent).toMatch(/\d+ 个工作日/);
    expect(screen.getByRole('status').textContent).toMatch(/\d+ 个错误.*\d+ 个警告/);
  });

  it('adds a node from the palette by keyboard as one undo step, selects it and focuses the inspector', async () => {
    vi.useFakeTimers();
    try {
      const store = open();
      const button = screen.getByRole('button', { name: '添加材料节点' });
      button.focus();

      // Enter on a button activates it (a click event).
      fireEvent.click(button);
      await act(async () => {
        vi.runAllTimers();
      });

      const added = doc(store).flow.nodes.filter((n) => !fixture.flow.nodes.some((old) => old.id === n.id));
      expect(added).toHaveLength(1);
      expect(added[0]).toMatchObject({ kind: 'material', key: 'material1', necessity: 'required', ways: ['upload', 'paper'] });
      expect(steps(store)).toBe(1);
      expect(store.getState().selection).toEqual({ nodes: [added[0]!.id], edges: [] });
      expect(canvasNode(added[0]!.id)?.textContent).toContain('新材料');
      expect(document.querySelector('.editor-inspector')?.contains(document.activeElement)).toBe(true);

      store.getState().undo();
      expect(doc(store)).toBe(fixture);
    } finally {
      vi.useRealTimers();
    }
  });

  it('deletes the selected nodes and edges with Delete as one undo step', () => {
    const store = open();
    act(() => store.getState().select({ nodes: ['hukou', 'permit'], edges: ['e5'] }));

    fireEvent.keyDown(document.querySelector('.react-flow__pane')!, { key: 'Delete' });

    expect(doc(store).flow.nodes.map((n) => n.id)).not.toContain('hukou');
    expect(doc(store).flow.nodes.map((n) => n.id)).not.toContain('permit');
    expect(doc(store).flow.edges.map((e) => e.id)).not.toContain('e5');
    expect(steps(store)).toBe(1);
    expect(canvasNode('hukou')).toBeNull();

    act(() => store.getState().undo());
    expect(doc(store)).toBe(fixture);
  });

  it('copies and pastes a selection with Ctrl+C / Ctrl+V as one undo step, selecting the copy', () => {
    const store = open();
    act(() => store.getState().select({ nodes: ['applicant', 'idCard'], edges: [] }));
    const pane = document.querySelector('.react-flow__pane')!;

    fireEvent.keyDown(pane, { key: 'c', ctrlKey: true });
    fireEvent.keyDown(pane, { key: 'v', ctrlKey: true });

    const pasted = store.getState().selection.nodes;
    expect(pasted).toHaveLength(2);
    expect(pasted.some((id) => id === 'applicant' || id === 'idCard')).toBe(false);
    expect(steps(store)).toBe(1);
    const copy = doc(store).flow.nodes.find((n) => n.id === pasted[0])!;
    expect(copy.position).toEqual({ x: 40, y: 400 });
    expect(doc(store).flow.edges.some((e) => e.source === pasted[0] && e.target === pasted[1])).toBe(true);
    for (const id of pasted) expect(canvasNode(id)).toBeTruthy();
  });

  it('turns a mouse drag into exactly one moveNodes command on drop', async () => {
    const store = open();
    const execute = vi.spyOn(store.getState(), 'execute');
    // The store's functions are fixed at creation: spy on the one the canvas calls.
    store.setState({ execute });
    const node = canvasNode('applicant')!;

    // d3-drag listens on the event's view for moves and the release. jsdom under vitest refuses its own window
    // as `view` in the constructor, so it is set afterwards.
    const view = window;
    const mouse = (type: string, x: number, y: number) => {
      const event = new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0 });
      Object.defineProperty(event, 'view', { value: view });
      return event;
    };

    fireEvent(node, mouse('mousedown', 100, 100));
    for (const step of [1, 2, 3, 4]) fireEvent(view, mouse('mousemove', 100 + step * 20, 100 + step * 10));
    expect(execute).not.toHaveBeenCalled();
    expect(document.querySelector('.react-flow__node[data-id="applicant"]')?.getAttribute('style')).toContain('translate(');
    fireEvent(view, mouse('mouseup', 180, 140));
    // d3-drag swallows the click that follows a drag until the next task: let that pass.
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(execute).toHaveBeenCalledTimes(1);
    expect(execute.mock.calls[0]![0]).toMatchObject({ type: 'moveNodes', moves: [{ id: 'applicant' }] });
    expect(steps(store)).toBe(1);
    const moved = doc(store).flow.nodes.find((n) => n.id === 'applicant')!;
    expect(moved.position).not.toEqual({ x: 0, y: 360 });
  });

  it('undoes and redoes with Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y, but not while typing in a field', () => {
    const store = open();
    act(() => store.getState().execute({ type: 'removeNodes', ids: ['permit'] }));
    const edited = doc(store);
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();

    fireEvent.keyDown(input, { key: 'z', ctrlKey: true });
    expect(doc(store)).toBe(edited);

    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(doc(store)).toBe(fixture);
    fireEvent.keyDown(document.body, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(doc(store)).toBe(edited);
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    expect(doc(store)).toBe(edited);
    input.remove();
  });

  it('switches to the outline tab and back', async () => {
    open();
    fireEvent.click(screen.getByRole('tab', { name: '大纲' }));
    const panel = screen.getByRole('tabpanel', { name: '大纲' });
    const question = fixture.flow.nodes.find((n) => n.kind === 'situation');
    // The outline is a lazy chunk: wait for it to replace the loading message.
    await waitFor(() => expect(panel.textContent).toContain(question?.kind === 'situation' ? question.question['zh-CN'] : '?'));
    expect(document.querySelector('.react-flow')).toBeNull();
    fireEvent.keyDown(screen.getByRole('tab', { name: '大纲' }), { key: 'ArrowLeft' });
    expect(screen.getByRole('tab', { name: '画布', selected: true })).toBeTruthy();
  });
});
