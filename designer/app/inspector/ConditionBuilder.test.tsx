import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FlowEdge, ServiceDefinition } from '../../../schemas/service.types.ts';
import { renderWithStore } from '../testing/renderWithStore.tsx';
import { fixture } from '../testing/fixture.ts';
import { Inspector } from './Inspector.tsx';

afterEach(cleanup);

/** The fixture plus a multi-choice question asked only on the 本市户籍 branch, before 户口簿. */
const withBranchQuestion: ServiceDefinition = {
  ...fixture,
  flow: {
    nodes: [
      ...fixture.flow.nodes,
      {
        id: 'benefits', kind: 'situation', key: 'benefits', position: { x: 0, y: 420 }, question: { 'zh-CN': '已享受哪些优待？' }, answerType: 'multi-choice',
        options: [{ value: 'bus', label: { 'zh-CN': '公交' } }, { value: 'park', label: { 'zh-CN': '公园' } }],
      },
    ],
    edges: [
      ...fixture.flow.edges.map((edge) => (edge.id === 'e6' ? { ...edge, target: 'benefits' } : edge)),
      { id: 'e11', source: 'benefits', target: 'hukou' },
    ],
  },
};

function openEdge(id: string, definition: ServiceDefinition = fixture) {
  const harness = renderWithStore(<Inspector lang="zh-CN" />, definition);
  act(() => harness.store.getState().select({ nodes: [], edges: [id] }));
  const edge = () => harness.doc().flow.edges.find((e) => e.id === id) as FlowEdge;
  return { ...harness, edge };
}

const optionTexts = (select: HTMLElement) => within(select).getAllByRole('option').filter((o) => !(o as HTMLOptionElement).disabled).map((o) => o.textContent);

describe('the condition builder', () => {
  it('offers only the operators that fit a single choice, with their Chinese names', () => {
    openEdge('e6');
    expect(optionTexts(screen.getByLabelText('运算符'))).toEqual(['等于', '不等于', '属于', '不属于', '为空', '不为空']);
    expect(screen.getByRole('status').textContent).toBe('「申请人类别」为「本市户籍」');
  });

  it('offers 包含 for a multi-choice question and no ordering operators', () => {
    const { edge } = openEdge('e11', withBranchQuestion);
    fireEvent.click(screen.getByLabelText('满足条件'));
    fireEvent.change(screen.getByLabelText('字段'), { target: { value: 'benefits' } });

    const ops = optionTexts(screen.getByLabelText('运算符'));
    expect(ops).toEqual(['包含', '为空', '不为空']);
    expect(edge().condition).toEqual({ field: 'benefits', op: 'includes', value: 'bus' });
    fireEvent.change(screen.getByLabelText('值'), { target: { value: 'park' } });
    expect(edge().condition).toEqual({ field: 'benefits', op: 'includes', value: 'park' });
    expect(screen.getByRole('status').textContent).toBe('「已享受哪些优待」包含「公园」');
  });

  it('offers only fields answered on every path before the edge, labelled by their question', () => {
    openEdge('e8', withBranchQuestion);
    fireEvent.click(screen.getByLabelText('满足条件'));
    const fields = optionTexts(screen.getByLabelText('字段'));
    expect(fields).toEqual(['申请人是否年满60周岁？', '申请人类别', '姓名', '公民身份号码']);
    expect(fields).not.toContain('已享受哪些优待？');
    cleanup();

    openEdge('e2');
    expect(optionTexts(screen.getByLabelText('字段'))).toEqual(['申请人是否年满60周岁？']);
    expect(optionTexts(screen.getByLabelText('值'))).toEqual(['是', '否']);
  });

  it('picks several options for 属于 from a checkbox list', () => {
    const { edge } = openEdge('e6');
    fireEvent.change(screen.getByLabelText('运算符'), { target: { value: 'in' } });
    expect(edge().condition).toEqual({ field: 'category', op: 'in', value: ['local'] });
    const values = screen.getByRole('group', { name: '值（可多选）' });
    fireEvent.click(within(values).getByLabelText('持本市居住证'));
    expect(edge().condition).toEqual({ field: 'category', op: 'in', value: ['local', 'resident'] });
    fireEvent.change(screen.getByLabelText('运算符'), { target: { value: 'isEmpty' } });
    expect(edge().condition).toEqual({ field: 'category', op: 'isEmpty' });
  });

  it('builds all/any groups and switches between always, condition and otherwise', () => {
    const { edge, undoSteps } = openEdge('e6');
    fireEvent.click(screen.getByRole('button', { name: '添加比较' }));
    expect(edge().condition).toEqual({ all: [{ field: 'category', op: 'equals', value: 'local' }, { field: 'isSenior', op: 'equals', value: true }] });
    fireEvent.change(screen.getByLabelText('组合方式'), { target: { value: 'any' } });
    expect(edge().condition).toHaveProperty('any');
    fireEvent.click(screen.getByRole('button', { name: '删除第 2 项' }));
    expect(edge().condition).toEqual({ any: [{ field: 'category', op: 'equals', value: 'local' }] });

    fireEvent.click(screen.getByLabelText('其他情况'));
    expect(edge()).toMatchObject({ otherwise: true });
    expect(edge().condition).toBeUndefined();
    fireEvent.click(screen.getByLabelText('总是'));
    expect(edge().otherwise).toBeUndefined();
    expect(undoSteps()).toBe(5);
  });

  it('takes numbers for numeric answers', () => {
    const numeric: ServiceDefinition = {
      ...fixture,
      flow: { ...fixture.flow, nodes: fixture.flow.nodes.map((n) => (n.id === 'category' ? { id: 'category', kind: 'situation', key: 'category', position: n.position, question: { 'zh-CN': '年龄' }, answerType: 'integer' } : n)) },
    };
    const { edge } = openEdge('e6', numeric);
    fireEvent.change(screen.getByLabelText('字段'), { target: { value: 'category' } });
    expect(optionTexts(screen.getByLabelText('运算符'))).toContain('小于');
    fireEvent.change(screen.getByLabelText('运算符'), { target: { value: 'gte' } });
    const value = screen.getByLabelText(/^值/);
    fireEvent.change(value, { target: { value: '60' } });
    fireEvent.blur(value);
    expect(edge().condition).toEqual({ field: 'category', op: 'gte', value: 60 });
  });
});
