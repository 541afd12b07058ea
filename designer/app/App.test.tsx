import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from './App.tsx';
import { installFlowEnvironment } from './canvas/testing/flowEnv.ts';
import { loadAfterFirstPaint } from './testing/afterFirstPaint.ts';
import { fixture } from './testing/fixture.ts';
import { standaloneValidator } from './workspace/importFile.ts';
import { createMemoryStorage, type WorkspaceStorage } from './workspace/storage.ts';
import { createWorkspace, type Workspace } from './workspace/workspace.ts';

let workspace: Workspace;
async function renderApp(storage: WorkspaceStorage = createMemoryStorage(), seed = [fixture]) {
  workspace = await createWorkspace({ storage, seed, debounceMs: 0, deleteDelayMs: 10_000 });
  render(<App workspace={workspace} examples={[fixture]} />);
  return workspace;
}

async function goTo(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

function importFile(name: string, text: string) {
  const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

beforeAll(async () => {
  installFlowEnvironment();
  // The generated validator is large; load it once up front rather than inside a test's wait.
  await standaloneValidator();
  await loadAfterFirstPaint();
});
beforeEach(() => {
  window.location.hash = '';
});
afterEach(() => {
  cleanup();
  workspace?.dispose();
});

describe('the designer catalogue', () => {
  it('shows the app title and each item with its facts, last edit and lint status', async () => {
    await renderApp();

    expect(screen.getByRole('heading', { level: 1, name: 'Banshi 办事 · 服务事项设计器' })).toBeTruthy();
    const card = screen.getByRole('link', { name: '老年人优待卡首次申领' }).closest('li') as HTMLElement;
    const inCard = within(card);
    expect(inCard.getByText('First application for the senior citizen preferential card')).toBeTruthy();
    expect(inCard.getByText('公共服务')).toBeTruthy();
    expect(inCard.getByText('广州市天河区民政局')).toBeTruthy();
    expect(inCard.getByText('5 个工作日')).toBeTruthy();
    expect(inCard.getByText('2 情形')).toBeTruthy();
    expect(inCard.getByText('最后修改')).toBeTruthy();
    expect(inCard.getByText(/没有问题|个错误/)).toBeTruthy();
  });

  it('says how to start when the workspace is empty', async () => {
    await renderApp(createMemoryStorage(), []);

    expect(screen.getByText(/工作区中还没有事项/)).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('creates a blank item and opens it', async () => {
    await renderApp();

    fireEvent.click(screen.getByRole('button', { name: '新建空白事项' }));

    await waitFor(() => expect(window.location.hash).toBe('#/item/new-item'));
    expect(workspace.state.getState().items.map((item) => item.id)).toContain('new-item');
  });

  it('duplicates an item under a new id', async () => {
    await renderApp();

    fireEvent.click(screen.getByRole('button', { name: '复制' }));

    await screen.findByRole('link', { name: '老年人优待卡首次申领（副本）' });
  });

  it('deletes with an undo toast, and 撤销 brings the item back', async () => {
    await renderApp();

    fireEvent.click(screen.getByRole('button', { name: '删除' }));
    expect(screen.queryByRole('link', { name: '老年人优待卡首次申领' })).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('已删除“老年人优待卡首次申领”');
    fireEvent.click(within(screen.getByRole('status')).getByRole('button', { name: '撤销' }));

    expect(screen.getByRole('link', { name: '老年人优待卡首次申领' })).toBeTruthy();
  });

  it('undoes a deletion with Ctrl+Z too', async () => {
    await renderApp();

    fireEvent.click(screen.getByRole('button', { name: '删除' }));
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });

    expect(screen.getByRole('link', { name: '老年人优待卡首次申领' })).toBeTruthy();
  });

  it('lists the problems of a broken import and creates nothing', async () => {
    await renderApp();

    importFile('broken.service.json', '{ "formatVersion": 1, }');

    const alert = await screen.findByRole('alert', { name: '无法导入 broken.service.json' });
    expect(alert.textContent).toContain('第 1 行第 23 列');
    expect(workspace.state.getState().items).toHaveLength(1);
  });
});

describe('an open item', () => {
  it('replaces the open item with a valid import as one undoable step', async () => {
    await renderApp();
    await goTo('#/item/fixture-senior-card');
    // The editor is a lazy chunk: wait until its toolbar (with the import input) has rendered.
    await waitFor(() => expect(document.querySelector('input[type=file]')).not.toBeNull());
    const renamed = { ...fixture, id: 'other-id', meta: { ...fixture.meta, name: { 'zh-CN': '导入的名称' } } };

    importFile('x.service.json', JSON.stringify(renamed));
    fireEvent.click(await screen.findByRole('button', { name: '替换当前事项（可撤销）' }));

    const store = workspace.openSession('fixture-senior-card')!.store;
    expect(store.getState().history!.present.meta.name['zh-CN']).toBe('导入的名称');
    expect(store.getState().history!.present.id).toBe('fixture-senior-card');
    act(() => store.getState().undo());
    expect(store.getState().history!.present.meta.name['zh-CN']).toBe('老年人优待卡首次申领');
  });

  it('shows the other tab’s change as a conflict with reload and keep mine', async () => {
    const storage = createMemoryStorage();
    await renderApp(storage);
    await goTo('#/item/fixture-senior-card');
    const mine = workspace.openSession('fixture-senior-card')!.store;
    await storage.put({ id: 'fixture-senior-card', definition: { ...fixture, version: '9.9.9' }, updatedAt: 1, lastOpenedAt: 1 }, 'any');

    act(() => mine.getState().execute({ type: 'setMeta', meta: { ...fixture.meta, summary: { 'zh-CN': '我的修改' } } }));

    const alert = (await screen.findByText(/此事项已在另一个标签页中修改/)).closest('[role=alert]') as HTMLElement;
    fireEvent.click(within(alert).getByRole('button', { name: '保留我的（覆盖另一个标签页的版本）' }));
    await waitFor(async () => expect((await storage.get('fixture-senior-card'))!.definition.meta.summary?.['zh-CN']).toBe('我的修改'));
  });

  it('says in a banner when the workspace only lives in memory', async () => {
    await renderApp();

    expect(screen.getAllByRole('alert').map((alert) => alert.textContent).join()).toContain('浏览器存储不可用');
  });
});

describe('the item overview', () => {
  it('opens from the catalogue link and shows the guide, the flow outline and the stages', async () => {
    await renderApp();

    await goTo(screen.getByRole('link', { name: '老年人优待卡首次申领' }).getAttribute('href') as string);
    // The editor and the guide view are lazy chunks: wait for each to render.
    await goTo((await screen.findByRole('link', { name: '办事指南预览' })).getAttribute('href') as string);

    const heading = await screen.findByRole('heading', { level: 1, name: '老年人优待卡首次申领' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByRole('heading', { level: 2, name: '办事指南' })).toBeTruthy();
    expect(screen.getByText('承诺件')).toBeTruthy();

    const outline = within(screen.getByRole('region', { name: '申请流程' }));
    const nodes = outline.getAllByRole('listitem').filter((item) => item.classList.contains('outline__node'));
    expect(nodes.map((node) => node.querySelector('.outline__head')?.textContent)).toEqual([
      '开始 ',
      '情形 申请人是否年满60周岁？',
      '情形 申请人类别',
      '步骤 申请人信息',
      '材料 居民身份证',
      '材料 居民户口簿',
      '材料 广东省居住证',
      '结束 提交申请',
      '结束 暂不符合条件（不能申请）',
    ]);
    expect(outline.getByText('· 「申请人类别」为「本市户籍」', { exact: false })).toBeTruthy();
    expect(outline.getByText('· 其他情况', { exact: false })).toBeTruthy();

    const stages = within(screen.getByRole('table'));
    expect(stages.getAllByRole('row').map((row) => row.textContent)).toEqual([
      '环节名称时限',
      '受理受理1 个工作日',
      '审查审核2 个工作日',
      '制证制卡1 个工作日',
      '送达发卡1 个工作日',
      '合计5 个工作日',
    ]);
  });

  it('switches the interface to English and back', async () => {
    await renderApp();
    await goTo('#/item/fixture-senior-card/guide');

    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));

    expect(screen.getByRole('heading', { level: 2, name: 'Applicant flow' })).toBeTruthy();
    expect(screen.getByText('20 working days')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    fireEvent.click(screen.getByRole('button', { name: '切换到中文' }));
    expect(screen.getByRole('heading', { level: 2, name: '申请流程' })).toBeTruthy();
  });

  it('says so when the item does not exist', async () => {
    await renderApp();
    await goTo('#/item/no-such-item');

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('没有找到事项“no-such-item”。');
    expect(screen.getByRole('link', { name: '返回事项目录' })).toBeTruthy();
  });
});
