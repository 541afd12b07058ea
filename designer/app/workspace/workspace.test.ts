import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServiceDefinition } from '../../../schemas/index.ts';
import { fixture } from '../testing/fixture.ts';
import { blankDefinition } from './blankDefinition.ts';
import { createMemoryChannelHub } from './channel.ts';
import { createMemoryStorage, type WorkspaceStorage } from './storage.ts';
import { createWorkspace, uniqueId, type Workspace } from './workspace.ts';

const renamed = (definition: ServiceDefinition, zh: string): ServiceDefinition => ({
  ...definition,
  meta: { ...definition.meta, name: { ...definition.meta.name, 'zh-CN': zh } },
});

function rename(workspace: Workspace, id: string, zh: string) {
  const store = workspace.openSession(id)!.store;
  store.getState().execute({ type: 'setMeta', meta: renamed(store.getState().history!.present, zh).meta });
}

const open: Workspace[] = [];
async function workspaceOn(storage: WorkspaceStorage, extra: Partial<Parameters<typeof createWorkspace>[0]> = {}) {
  const workspace = await createWorkspace({ storage, seed: [fixture], debounceMs: 300, deleteDelayMs: 10_000, ...extra });
  open.push(workspace);
  return workspace;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  open.splice(0).forEach((workspace) => workspace.dispose());
  vi.useRealTimers();
});

describe('seeding', () => {
  it('copies the examples in on first run, and never again once they were deleted', async () => {
    const storage = createMemoryStorage();
    const first = await workspaceOn(storage);
    expect(first.state.getState().items.map((item) => item.id)).toEqual([fixture.id]);

    first.remove(fixture.id);
    await first.leave();
    const second = await workspaceOn(storage);

    expect(second.state.getState().items).toEqual([]);
  });

  it('calls a seed loader on first run only, so later visits never download the examples', async () => {
    const storage = createMemoryStorage();
    const loader = vi.fn(async () => [fixture]);

    const first = await workspaceOn(storage, { seed: loader });
    expect(first.state.getState().items.map((item) => item.id)).toEqual([fixture.id]);
    await workspaceOn(storage, { seed: loader });

    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('opens empty when the examples cannot be loaded, and seeds on the next visit', async () => {
    const storage = createMemoryStorage();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const offline = await workspaceOn(storage, { seed: async () => Promise.reject(new Error('offline')) });
    expect(offline.state.getState().items).toEqual([]);

    const online = await workspaceOn(storage, { seed: async () => [fixture] });
    expect(online.state.getState().items.map((item) => item.id)).toEqual([fixture.id]);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('autosave', () => {
  it('saves a document change after the debounce, so a new workspace (a reload) finds it', async () => {
    const storage = createMemoryStorage();
    const workspace = await workspaceOn(storage);

    rename(workspace, fixture.id, '改过的名称');
    expect((await storage.get(fixture.id))!.definition.meta.name['zh-CN']).toBe(fixture.meta.name['zh-CN']);
    await vi.advanceTimersByTimeAsync(300);

    const reloaded = await workspaceOn(storage);
    expect(reloaded.openSession(fixture.id)!.store.getState().history!.present.meta.name['zh-CN']).toBe('改过的名称');
  });

  it('saves at once on flush (the page is hidden or closing), without waiting for the debounce', async () => {
    const storage = createMemoryStorage();
    const workspace = await workspaceOn(storage);

    rename(workspace, fixture.id, '立即保存');
    await workspace.flush();

    expect((await storage.get(fixture.id))!.definition.meta.name['zh-CN']).toBe('立即保存');
    expect((await storage.get(fixture.id))!.revision).toBe(2);
  });

  it('writes a pending change synchronously when the page goes away, where no later callback would run', async () => {
    const storage = createMemoryStorage();
    const workspace = await workspaceOn(storage);
    storage.put = () => new Promise(() => {}); // a read-then-write that never gets its callbacks
    rename(workspace, fixture.id, '离开前保存');

    void workspace.leave();

    const stored = (await storage.get(fixture.id))!;
    expect(stored.definition.meta.name['zh-CN']).toBe('离开前保存');
    expect(stored.revision).toBe(2);
  });

  it('does not write when nothing changed', async () => {
    const storage = createMemoryStorage();
    const workspace = await workspaceOn(storage);
    workspace.openSession(fixture.id);

    await workspace.flush();

    expect((await storage.get(fixture.id))!.revision).toBe(1);
  });

  it('keeps the undo history when the item is left and opened again', async () => {
    const workspace = await workspaceOn(createMemoryStorage());
    rename(workspace, fixture.id, '第一次');
    await workspace.openSession(fixture.id)!.deactivate();

    const store = workspace.openSession(fixture.id)!.store;
    store.getState().undo();

    expect(store.getState().history!.present.meta.name['zh-CN']).toBe(fixture.meta.name['zh-CN']);
  });

  it('reports a storage failure and keeps the change in the page', async () => {
    const storage = createMemoryStorage();
    const workspace = await workspaceOn(storage);
    storage.put = async () => {
      throw new Error('QuotaExceededError');
    };

    rename(workspace, fixture.id, '存不下');
    await workspace.flush();

    expect(workspace.state.getState().problem?.['zh-CN']).toContain('QuotaExceededError');
    expect(workspace.openSession(fixture.id)!.store.getState().history!.present.meta.name['zh-CN']).toBe('存不下');
  });
});

describe('catalogue actions', () => {
  it('creates a blank item under a free id and duplicates it with a marked name', async () => {
    const workspace = await workspaceOn(createMemoryStorage());

    const first = await workspace.create(blankDefinition('new-item'));
    const second = await workspace.create(blankDefinition('new-item'));
    const copy = await workspace.duplicate(first);

    expect([first, second, copy]).toEqual(['new-item', 'new-item-2', 'new-item-copy']);
    const copied = workspace.state.getState().items.find((item) => item.id === copy)!;
    expect(copied.definition.meta.name['zh-CN']).toBe('未命名事项（副本）');
  });

  it('makes ids that satisfy the schema pattern', () => {
    expect(uniqueId('My Item!', new Set())).toBe('my-item');
    expect(uniqueId('2024-item', new Set())).toBe('item');
    expect(uniqueId('a-2', new Set(['a-2']))).toBe('a-3');
  });
});

describe('delete with undo', () => {
  it('hides the item at once, deletes it from storage only after the delay', async () => {
    const storage = createMemoryStorage();
    const workspace = await workspaceOn(storage);

    workspace.remove(fixture.id);
    expect(workspace.state.getState().items).toEqual([]);
    expect(await storage.get(fixture.id)).toBeDefined();
    await vi.advanceTimersByTimeAsync(10_000);

    expect(await storage.get(fixture.id)).toBeUndefined();
    expect(workspace.state.getState().pendingDeletes).toEqual([]);
  });

  it('restores the item on undo before the delay, and storage keeps it', async () => {
    const storage = createMemoryStorage();
    const workspace = await workspaceOn(storage);

    workspace.remove(fixture.id);
    workspace.undoRemove();
    await vi.advanceTimersByTimeAsync(20_000);

    expect(workspace.state.getState().items.map((item) => item.id)).toEqual([fixture.id]);
    expect(await storage.get(fixture.id)).toBeDefined();
  });

  it('carries out a pending deletion when the page goes away', async () => {
    const storage = createMemoryStorage();
    const workspace = await workspaceOn(storage);

    workspace.remove(fixture.id);
    await workspace.leave();

    expect(await storage.get(fixture.id)).toBeUndefined();
  });
});

describe('two tabs', () => {
  async function twoTabs() {
    const storage = createMemoryStorage();
    const hub = createMemoryChannelHub();
    const a = await workspaceOn(storage, { channel: hub(), tab: 'a' });
    const b = await workspaceOn(storage, { channel: hub(), tab: 'b' });
    return { storage, a, b };
  }

  it('tells a tab that another tab has the same item open', async () => {
    const { a, b } = await twoTabs();

    a.openSession(fixture.id);
    b.openSession(fixture.id);

    expect(b.state.getState().elsewhere[fixture.id]).toEqual(['a']);
    expect(a.state.getState().elsewhere[fixture.id]).toEqual(['b']);
  });

  it('shows a conflict in the other tab instead of letting its stale save overwrite', async () => {
    const { storage, a, b } = await twoTabs();
    b.openSession(fixture.id);

    rename(a, fixture.id, 'A 的修改');
    await a.flush();
    await vi.advanceTimersByTimeAsync(0);
    rename(b, fixture.id, 'B 的修改');
    await b.flush();

    expect(b.state.getState().conflicts[fixture.id]?.theirs?.definition.meta.name['zh-CN']).toBe('A 的修改');
    expect((await storage.get(fixture.id))!.definition.meta.name['zh-CN']).toBe('A 的修改');
  });

  it('refuses a stale save by revision even when no message arrived', async () => {
    const storage = createMemoryStorage();
    const a = await workspaceOn(storage, { tab: 'a' });
    const b = await workspaceOn(storage, { tab: 'b' });
    b.openSession(fixture.id);

    rename(a, fixture.id, 'A 的修改');
    await a.flush();
    rename(b, fixture.id, 'B 的修改');
    await b.flush();

    expect(b.state.getState().conflicts[fixture.id]).toBeDefined();
    expect((await storage.get(fixture.id))!.definition.meta.name['zh-CN']).toBe('A 的修改');
  });

  it('resolves a conflict by reloading the other tab’s version', async () => {
    const { a, b } = await twoTabs();
    b.openSession(fixture.id);
    rename(a, fixture.id, 'A 的修改');
    await a.flush();
    await vi.advanceTimersByTimeAsync(0);

    await b.resolveConflict(fixture.id, 'reload');

    expect(b.state.getState().conflicts).toEqual({});
    expect(b.openSession(fixture.id)!.store.getState().history!.present.meta.name['zh-CN']).toBe('A 的修改');
  });

  it('resolves a conflict by keeping mine, which the first tab then hears about', async () => {
    const { storage, a, b } = await twoTabs();
    b.openSession(fixture.id);
    rename(a, fixture.id, 'A 的修改');
    await a.flush();
    await vi.advanceTimersByTimeAsync(0);
    rename(b, fixture.id, 'B 的修改');

    await b.resolveConflict(fixture.id, 'keep-mine');
    await vi.advanceTimersByTimeAsync(0);

    expect((await storage.get(fixture.id))!.definition.meta.name['zh-CN']).toBe('B 的修改');
    expect(a.state.getState().conflicts[fixture.id]?.theirs?.definition.meta.name['zh-CN']).toBe('B 的修改');
  });

  it('follows the other tab quietly when its own copy is not shown and has nothing unsaved', async () => {
    const { a, b } = await twoTabs();
    await b.openSession(fixture.id)!.deactivate();

    rename(a, fixture.id, 'A 的修改');
    await a.flush();
    await vi.advanceTimersByTimeAsync(0);

    expect(b.state.getState().conflicts).toEqual({});
    expect(b.state.getState().items[0]!.definition.meta.name['zh-CN']).toBe('A 的修改');
    expect(b.openSession(fixture.id)!.store.getState().history!.present.meta.name['zh-CN']).toBe('A 的修改');
  });
});
