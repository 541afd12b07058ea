import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithStore } from '../testing/renderWithStore.tsx';
import { Inspector } from './Inspector.tsx';

afterEach(cleanup);

describe('the approval stage form', () => {
  it('edits the budget, outcomes and special procedures', () => {
    const { store, doc } = renderWithStore(<Inspector lang="zh-CN" />);
    act(() => store.getState().select({ nodes: ['review'], edges: [] }));
    const stage = () => doc().approval?.nodes.find((s) => s.id === 'review');

    const budget = screen.getByLabelText(/办理时限/);
    fireEvent.change(budget, { target: { value: '3' } });
    fireEvent.blur(budget);
    fireEvent.click(within(screen.getByRole('group', { name: '办理结果' })).getByLabelText('补正（退回申请人）'));
    fireEvent.click(screen.getByRole('button', { name: '添加特别程序' }));

    expect(stage()).toMatchObject({ budgetDays: 3, outcomes: ['pass', 'correction', 'refuse'], specialProcedures: [{ days: 5 }] });
  });

  it('edits the stage kind and the role', () => {
    const { store, doc } = renderWithStore(<Inspector lang="zh-CN" />);
    act(() => store.getState().select({ nodes: ['review'], edges: [] }));
    const stage = () => doc().approval?.nodes.find((s) => s.id === 'review');

    fireEvent.change(screen.getByLabelText('环节'), { target: { value: 'decide' } });
    const role = within(screen.getByRole('group', { name: /办理人员/ })).getAllByRole('textbox')[0]!;
    fireEvent.change(role, { target: { value: '审查科科员' } });
    fireEvent.blur(role);

    expect(stage()).toMatchObject({ stage: 'decide', role: { 'zh-CN': '审查科科员' } });
  });
});
