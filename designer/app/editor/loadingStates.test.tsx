// What the editor shows in the moment after its first paint, before the chunks it loads then have arrived: the
// compiler (the problems panel is busy and says 正在检查…, never "no problems") and the inspector's selection forms.
// Nothing is preloaded here, unlike the other component tests (testing/afterFirstPaint.ts).
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Inspector } from '../inspector/Inspector.tsx';
import { createDesignerStore, type DesignerStore } from '../store/designerStore.ts';
import { DesignerStoreContext } from '../store/useDesigner.ts';
import { fixture } from '../testing/fixture.ts';
import { ProblemsStrip } from './ProblemsStrip.tsx';

afterEach(cleanup);

function renderIn(store: DesignerStore, ui: ReactNode) {
  render(<DesignerStoreContext.Provider value={store}>{ui}</DesignerStoreContext.Provider>);
}

describe('right after the first paint', () => {
  it('the problems panel is busy and says it is checking until the compiler has loaded, then shows the counts', async () => {
    renderIn(createDesignerStore(fixture), <ProblemsStrip lang="zh-CN" />);
    const panel = screen.getByRole('region', { name: '问题' });

    expect(panel.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('正在检查…');
    expect(screen.queryByText('没有问题')).toBeNull();

    await waitFor(() => expect(panel.getAttribute('aria-busy')).toBe('false'));
    expect(screen.getByRole('status').textContent).toMatch(/个错误/);
  });

  it('the inspector says 加载中… for a selection until its form has loaded', async () => {
    const store = createDesignerStore(fixture);
    renderIn(store, <Inspector lang="zh-CN" />);
    // Not inside act(): React then retries the suspended form by itself once the chunk is there, as in a browser.
    store.getState().select({ nodes: ['category'], edges: [] });

    const loading = await screen.findByRole('status');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('情形');
    expect(loading.textContent).toBe('加载中…');
    expect(loading.getAttribute('aria-busy')).toBe('true');
    await screen.findByRole('group', { name: /^问题/ });
    expect(screen.queryByText('加载中…')).toBeNull();
  });
});
