import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceDefinition } from '../../../schemas/service.types.ts';
import pensionJson from '../../../examples/gd-pension-enrolment/gd-pension-enrolment.service.json' with { type: 'json' };
import { renderWithStore } from '../testing/renderWithStore.tsx';
import PreviewView, { canResumeAt } from './PreviewView.tsx';

afterEach(cleanup);

const pension = pensionJson as unknown as ServiceDefinition;

describe('the preview', () => {
  it('renders the citizen form and, after an edit changes the package, keeps the citizen’s place with a note', async () => {
    const { store } = renderWithStore(<PreviewView lang="zh-CN" />, pension);
    await screen.findByRole('heading', { level: 1, name: '您是否为在校学生？' });
    fireEvent.click(screen.getByLabelText('否'));
    fireEvent.click(screen.getByRole('button', { name: '继续' }));
    await screen.findByRole('heading', { level: 1, name: '您是否已参加职工基本养老保险？' });

    const meta = store.getState().history!.present.meta;
    act(() => store.getState().execute({ type: 'setMeta', meta: { ...meta, name: { ...meta.name, 'zh-CN': '城乡居民养老保险参保登记（改）' } } }));
    await waitFor(() => expect(screen.getByText('事项已修改，预览已更新，并保留了当前位置。')).toBeTruthy());
    await screen.findByRole('heading', { level: 1, name: '您是否已参加职工基本养老保险？' });
  });

  it('explains that there is no package while the item has errors, and offers the problems', () => {
    const broken: ServiceDefinition = { ...pension, flow: { ...pension.flow, edges: [] } };
    renderWithStore(<PreviewView lang="zh-CN" />, broken);
    expect(screen.getByText(/因此没有可预览的服务包/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '查看问题' })).toBeTruthy();
  });

  it('resumes only on pages the new package still has', () => {
    const pkg = { flow: { nodes: [{ id: 'n_a' }] } } as never;
    expect(canResumeAt(pkg, 'n_a')).toBe(true);
    expect(canResumeAt(pkg, 'materials:n_a')).toBe(true);
    expect(canResumeAt(pkg, 'review')).toBe(true);
    expect(canResumeAt(pkg, 'n_gone')).toBe(false);
  });
});
