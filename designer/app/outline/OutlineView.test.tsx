import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithStore } from '../testing/renderWithStore.tsx';
import { OutlineView } from './OutlineView.tsx';

afterEach(cleanup);

const item = (name: string | RegExp) => screen.getByRole('button', { name });

describe('the outline view', () => {
  it('lists every node as a heading and its branches with readable conditions', () => {
    renderWithStore(<OutlineView lang="zh-CN" />);
    const headings = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(headings[0]).toBe('开始');
    expect(headings).toContain('情形：申请人类别');
    expect(headings).toContain('受理：受理（1 个工作日）');
    const branches = screen.getByRole('list', { name: '“申请人是否年满60周岁？”的去向' });
    expect(within(branches).getAllByRole('button').map((b) => b.textContent)).toEqual([
      '→ 到 情形：申请人类别，「申请人是否年满60周岁」为「是」',
      '→ 到 结束：暂不符合条件，其他情况',
    ]);
  });

  it('moves with the arrow keys through one tab stop, selecting what it lands on', () => {
    const { store, doc } = renderWithStore(<OutlineView lang="zh-CN" />);
    const start = item('开始');
    expect(start.tabIndex).toBe(0);
    expect(item('情形：申请人是否年满60周岁？').tabIndex).toBe(-1);
    start.focus();

    fireEvent.keyDown(start, { key: 'ArrowDown' });
    expect(store.getState().selection).toEqual({ nodes: [], edges: ['e1'] });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(store.getState().selection).toEqual({ nodes: ['isSenior'], edges: [] });
    expect(document.activeElement).toBe(item('情形：申请人是否年满60周岁？'));
    expect(document.activeElement?.getAttribute('aria-current')).toBe('true');
    expect(item('开始').tabIndex).toBe(-1);

    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(store.getState().selection.nodes).toEqual([doc().approval?.nodes.at(-1)?.id]);
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    expect(store.getState().selection.nodes).toEqual(['start']);
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(store.getState().selection.nodes).toEqual(['start']);
  });

  it('adds a node after the selected one, connected to it, in one undo step', () => {
    const { store, doc, undoSteps } = renderWithStore(<OutlineView lang="zh-CN" />);
    fireEvent.click(item('步骤：申请人信息'));
    const actions = screen.getByRole('group', { name: '“申请人信息”的操作' });

    fireEvent.change(within(actions).getByLabelText('后续节点类型'), { target: { value: 'material' } });
    fireEvent.click(within(actions).getByRole('button', { name: '在此之后添加' }));

    expect(undoSteps()).toBe(1);
    const added = doc().flow.nodes.at(-1);
    expect(added?.kind).toBe('material');
    expect(doc().flow.edges.at(-1)).toMatchObject({ source: 'applicant', target: added?.id });
    expect(store.getState().selection.nodes).toEqual([added?.id]);
    expect(document.activeElement).toBe(item('材料：新材料'));
    expect(screen.getByRole('status').textContent).toContain('已在“申请人信息”之后添加材料');
  });

  it('connects to a later node but never to one that would close a cycle', () => {
    const { doc } = renderWithStore(<OutlineView lang="zh-CN" />);
    fireEvent.click(item('材料：居民户口簿'));
    const actions = screen.getByRole('group', { name: '“居民户口簿”的操作' });
    const targets = within(within(actions).getByLabelText('连接到')).getAllByRole('option').map((o) => (o as HTMLOptionElement).value);
    expect(targets).not.toContain('applicant');
    expect(targets).not.toContain('start');
    expect(targets).not.toContain('submit');

    fireEvent.change(within(actions).getByLabelText('连接到'), { target: { value: 'notEligible' } });
    fireEvent.click(within(actions).getByRole('button', { name: '连接' }));
    expect(doc().flow.edges.at(-1)).toMatchObject({ source: 'hukou', target: 'notEligible' });
  });

  it('deletes a node with its edges and undoes it', () => {
    const { doc } = renderWithStore(<OutlineView lang="zh-CN" />);
    fireEvent.click(item('材料：居民户口簿'));
    fireEvent.click(screen.getByRole('button', { name: '删除节点' }));

    expect(doc().flow.nodes.some((n) => n.id === 'hukou')).toBe(false);
    expect(doc().flow.edges.some((e) => e.source === 'hukou' || e.target === 'hukou')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: '撤销' }));
    expect(doc().flow.nodes.some((n) => n.id === 'hukou')).toBe(true);
  });

  it('deletes the selected edge', () => {
    const { doc, store } = renderWithStore(<OutlineView lang="zh-CN" />);
    act(() => store.getState().select({ nodes: [], edges: ['e6'] }));
    fireEvent.click(screen.getByRole('button', { name: '删除连线' }));
    expect(doc().flow.edges.some((e) => e.id === 'e6')).toBe(false);
  });

  it('adds and connects approval stages', () => {
    const { doc } = renderWithStore(<OutlineView lang="zh-CN" />);
    fireEvent.click(screen.getByRole('button', { name: '添加审批环节' }));
    const added = doc().approval?.nodes.at(-1);
    expect(added?.kind).toBe('approval');
    const actions = screen.getByRole('group', { name: '“审查”的操作' });
    fireEvent.change(within(actions).getByLabelText('转到环节'), { target: { value: 'certify' } });
    fireEvent.click(within(actions).getByRole('button', { name: '连接' }));
    expect(doc().approval?.edges.at(-1)).toMatchObject({ source: added?.id, target: 'certify', outcome: 'pass' });
  });
});
