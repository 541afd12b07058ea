import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceDefinition } from '../../../schemas/service.types.ts';
import { selectCompiled } from '../store/designerStore.ts';
import { renderWithStore } from '../testing/renderWithStore.tsx';
import { SimulatorPanel } from './SimulatorView.tsx';

afterEach(cleanup);

import pensionJson from '../../../examples/gd-pension-enrolment/gd-pension-enrolment.service.json' with { type: 'json' };
import { createDesignerStore } from '../store/designerStore.ts';

const pension = pensionJson as unknown as ServiceDefinition;
const pkg = selectCompiled(createDesignerStore(pension).getState())!.package!;

function setup() {
  return renderWithStore(<SimulatorPanel pkg={pkg} lang="zh-CN" />, pension);
}

const checklistKeys = () => Array.from(document.querySelectorAll('.simulator__materials li')).map((li) => li.getAttribute('data-material'));

describe('the simulator panel', () => {
  it('asks the next situation only once the earlier answer reaches it, and highlights the path in the store', () => {
    const { store } = setup();
    expect(screen.queryByRole('group', { name: /职工基本养老保险/ })).toBeNull();
    fireEvent.click(within(screen.getByRole('group', { name: /在校学生/ })).getByLabelText('否'));
    fireEvent.click(within(screen.getByRole('group', { name: /职工基本养老保险/ })).getByLabelText('否'));
    expect(checklistKeys()).toEqual(['idCard', 'hukouBook']);
    expect(store.getState().highlight?.nodes).toContain('n_hukou');
    expect(store.getState().highlight?.edges).toContain('e_employee_idCard');
    expect(store.getState().highlight?.nodes).not.toContain('n_exitEmployee');
    expect(screen.getByText(/这些回答可以提交申请/)).toBeTruthy();
  });

  it('saves the answers as a persona (one undo step), and loading it reproduces answers and materials', () => {
    const { doc, undoSteps } = setup();
    fireEvent.click(within(screen.getByRole('group', { name: /在校学生/ })).getByLabelText('否'));
    fireEvent.click(within(screen.getByRole('group', { name: /职工基本养老保险/ })).getByLabelText('否'));
    fireEvent.change(screen.getByLabelText('人物名称'), { target: { value: '农村务农居民' } });
    fireEvent.click(screen.getByRole('button', { name: '保存为测试人物' }));
    expect(undoSteps()).toBe(1);
    expect(doc().personas).toEqual([
      { id: 'p1', name: { 'zh-CN': '农村务农居民' }, answers: { isStudent: false, hasEmployeePension: false }, expectedMaterials: ['idCard', 'hukouBook'] },
    ]);
    fireEvent.click(screen.getByRole('button', { name: '清除全部回答' }));
    expect(checklistKeys()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: '载入“农村务农居民”' }));
    expect(checklistKeys()).toEqual(['idCard', 'hukouBook']);
    expect(screen.getByText('材料清单与预期一致。')).toBeTruthy();
  });

  it('shows clearly how the materials differ from a persona’s expected ones', () => {
    const { store } = setup();
    act(() =>
      store.getState().execute({
        type: 'addPersona',
        persona: { id: 'qa', name: { 'zh-CN': '回归' }, answers: { isStudent: false, hasEmployeePension: false }, expectedMaterials: ['idCard', 'photo'] },
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: '载入“回归”' }));
    expect(screen.getByText(/材料清单与预期不一致/)).toBeTruthy();
    expect(screen.getByText(/预期有、但当前没有：photo/)).toBeTruthy();
    expect(screen.getByText(/当前有、但预期没有：居民户口簿（hukouBook）/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '把预期更新为当前清单' }));
    expect(store.getState().history!.present.personas![0]!.expectedMaterials).toEqual(['idCard', 'hukouBook']);
    expect(screen.getByText('材料清单与预期一致。')).toBeTruthy();
  });
});
