import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceDefinition } from '../../../schemas/service.types.ts';
import { selectCompiled } from '../store/designerStore.ts';
import { fixture } from '../testing/fixture.ts';
import { renderWithStore } from '../testing/renderWithStore.tsx';
import { ProblemsStrip, sortDiagnostics } from './ProblemsStrip.tsx';

afterEach(cleanup);

/** The fixture with a material nobody reaches (an error on a node). */
const broken: ServiceDefinition = {
  ...fixture,
  flow: {
    ...fixture.flow,
    nodes: [
      ...fixture.flow.nodes,
      { id: 'orphan', kind: 'material', key: 'orphan', name: { 'zh-CN': '孤立材料', en: 'Orphan material' }, necessity: 'required', ways: ['upload'], position: { x: 0, y: 0 } } as ServiceDefinition['flow']['nodes'][number],
    ],
  },
};

describe('the problems panel', () => {
  it('lists every diagnostic with its code, severity, message and node name, errors first, with counts in a live region', () => {
    const { store } = renderWithStore(<ProblemsStrip lang="zh-CN" />, broken);
    const diagnostics = selectCompiled(store.getState())!.diagnostics;
    expect(diagnostics.some((d) => d.nodeId === 'orphan' && d.severity === 'error')).toBe(true);

    const list = screen.getByRole('list', { name: '问题列表' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(diagnostics.length);
    expect(items[0]!.textContent).toContain('错误');
    const orphan = within(list).getAllByRole('button').find((b) => b.textContent?.includes('孤立材料'))!;
    expect(orphan.textContent).toMatch(/错误SVC\d{3}/);
    expect(orphan.textContent).toContain('节点：孤立材料');
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    expect(screen.getByRole('status').textContent).toContain(`${errors} 个错误`);
  });

  it('shows the messages in English when the UI is in English', () => {
    renderWithStore(<ProblemsStrip lang="en" />, broken);
    expect(screen.getByRole('heading', { name: 'Problems' })).toBeTruthy();
    const orphan = screen.getAllByRole('button').find((b) => b.textContent?.includes('Orphan material'))!;
    expect(orphan.textContent).toContain('Error');
    expect(orphan.textContent).toContain('Node: Orphan material');
  });

  it('selects the node and asks the canvas to reveal it when a problem is chosen', () => {
    const { store } = renderWithStore(<ProblemsStrip lang="zh-CN" />, broken);
    const orphan = screen.getAllByRole('button').find((b) => b.textContent?.includes('孤立材料'))!;

    act(() => fireEvent.click(orphan));

    expect(store.getState().selection).toEqual({ nodes: ['orphan'], edges: [] });
    expect(store.getState().reveal).toMatchObject({ nodes: ['orphan'] });
    // The history is untouched: choosing a problem is not an edit.
    expect(store.getState().history!.past).toHaveLength(0);
  });

  it('says there are no problems when the compiler reports none', () => {
    const { store } = renderWithStore(<ProblemsStrip lang="zh-CN" />);
    if (selectCompiled(store.getState())!.diagnostics.length > 0) return;
    expect(screen.getByText('没有问题')).toBeTruthy();
  });

  it('orders errors before warnings before notes, stably', () => {
    const d = (code: string, severity: 'error' | 'warning' | 'info') => ({ code, severity, message: { 'zh-CN': code, en: code } }) as never;
    expect(sortDiagnostics([d('a', 'info'), d('b', 'warning'), d('c', 'error'), d('d', 'warning')]).map((x: { code: string }) => x.code)).toEqual(['c', 'b', 'd', 'a']);
  });
});
