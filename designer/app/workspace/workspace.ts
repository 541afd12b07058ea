/**
 * The designer's workspace: the items in storage, the open items' stores and their autosave, deletion with undo,
 * and the conversation with other tabs. Framework-free (a vanilla zustand store for its state), so the unit tests
 * drive it with the memory storage and a memory channel, and React binds it in useWorkspace.ts.
 *
 * Never losing work:
 * - every document change of an open item is saved ~300 ms later, and at once on `flush()` (the app calls it on
 *   `visibilitychange` to hidden and `pagehide`);
 * - each save names the revision it was based on; when another tab saved in between, the save is refused and the
 *   item gets a conflict (the UI offers "reload theirs" or "keep mine"), never a silent overwrite;
 * - a deletion waits `deleteDelayMs` (or the next flush) before it reaches storage, and can be undone until then.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ServiceDefinition } from '../../../schemas/index.ts';
import type { LocalMessage } from '../../model/validateDefinition.ts';
import { createDesignerStore, type DesignerStore } from '../store/designerStore.ts';
import type { WorkspaceChannel, WorkspaceMessage } from './channel.ts';
import type { PublishOutcome } from './publish.ts';
import type { Expected, PublishedVersion, StoredItem, UiState, WorkspaceStorage } from './storage.ts';

/** Another tab changed (or deleted: `theirs` undefined) an item this tab has open. */
export interface Conflict {
  readonly id: string;
  readonly theirs: StoredItem | undefined;
}

export interface WorkspaceState {
  /** The items, without those waiting to be deleted. */
  readonly items: readonly StoredItem[];
  /** Deleted items that can still be restored, the latest last. */
  readonly pendingDeletes: readonly StoredItem[];
  readonly persistence: WorkspaceStorage['kind'];
  /** The last storage failure, shown until the next successful write. */
  readonly problem: LocalMessage | undefined;
  readonly conflicts: Readonly<Record<string, Conflict>>;
  /** Item id → the other tabs that have it open. */
  readonly elsewhere: Readonly<Record<string, readonly string[]>>;
  readonly ui: UiState;
}

/** An open item: its designer store, fed by and saved back to the workspace. */
export interface ItemSession {
  readonly id: string;
  readonly store: DesignerStore;
  /** Saves a pending change now. */
  flush(): Promise<void>;
  /** The page no longer shows the item: saves, and tells other tabs. The session (and its undo history) stays. */
  deactivate(): Promise<void>;
}

export interface Workspace {
  readonly state: StoreApi<WorkspaceState>;
  readonly tab: string;
  /** Adds an item (its id made unique); resolves to the id used. */
  create(definition: ServiceDefinition): Promise<string>;
  duplicate(id: string): Promise<string | undefined>;
  /** Hides the item now and deletes it after `deleteDelayMs`, unless `undoRemove` comes first. */
  remove(id: string): void;
  /** Restores a pending deletion (the latest one when no id is given). */
  undoRemove(id?: string): void;
  /** The item's session, created on first use; no side effects beyond that (safe during a render). */
  session(id: string): ItemSession | undefined;
  /** Opens an item for editing: its session, now marked as shown here (other tabs are told, last opened is set). */
  openSession(id: string): ItemSession | undefined;
  resolveConflict(id: string, choice: 'reload' | 'keep-mine'): Promise<void>;
  /** Saves every pending change now (the page was hidden). */
  flush(): Promise<void>;
  /** The page is going away: saves, carries out pending deletions, tells other tabs it no longer has items open. */
  leave(): Promise<void>;
  setLastRoute(route: string): void;
  /** The item's published versions, oldest first. */
  published(id: string): Promise<PublishedVersion[]>;
  /** Publishes the item's working document as `version` (publish.ts); on success the document's version becomes it. */
  publish(id: string, version: string): Promise<PublishOutcome>;
  dispose(): void;
}

export interface WorkspaceOptions {
  readonly storage: WorkspaceStorage;
  readonly channel?: WorkspaceChannel | undefined;
  /**
   * Copied in on first run (when storage has never been seeded). A function is called only then: the designer
   * passes a loader, so the examples are downloaded on first run (and by the catalogue), not on every visit. A
   * loader that rejects (offline) leaves the workspace unseeded, so the next visit tries again.
   */
  readonly seed?: readonly ServiceDefinition[] | (() => Promise<readonly ServiceDefinition[]>);
  readonly now?: () => number;
  readonly debounceMs?: number;
  readonly deleteDelayMs?: number;
  readonly tab?: string;
}

export const AUTOSAVE_DELAY_MS = 300;
export const DELETE_DELAY_MS = 10_000;

const storageFailed = (error: unknown): LocalMessage => {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    'zh-CN': `无法写入浏览器存储（${detail}）：修改仍保留在此页面中，请导出定义以免丢失。`,
    en: `Could not write to browser storage (${detail}): your changes are still in this page; export the definition to keep them safe.`,
  };
};

/** `base`, or `base-2`, `base-3`… whichever is free; ids stay within the schema's ItemId pattern. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const clean = base.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/-+/g, '-').replace(/^[^a-z]+|-+$/g, '').slice(0, 70) || 'item';
  if (!taken.has(clean)) return clean;
  const stem = clean.replace(/-\d+$/, '');
  for (let n = 2; ; n += 1) {
    const candidate = `${stem}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function upsert(items: readonly StoredItem[], item: StoredItem): StoredItem[] {
  return items.some((existing) => existing.id === item.id)
    ? items.map((existing) => (existing.id === item.id ? item : existing))
    : [...items, item];
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const { [key]: _removed, ...rest } = record;
  return rest;
}

interface SessionInternals extends ItemSession {
  /** Writes a pending change synchronously (see WorkspaceStorage.putNow). */
  flushNow(): void;
  active: boolean;
  base: number;
  saved: ServiceDefinition;
  blocked: boolean;
  dispose(): void;
}

export async function createWorkspace(options: WorkspaceOptions): Promise<Workspace> {
  const { storage, channel } = options;
  const now = options.now ?? Date.now;
  const debounceMs = options.debounceMs ?? AUTOSAVE_DELAY_MS;
  const deleteDelayMs = options.deleteDelayMs ?? DELETE_DELAY_MS;
  const tab = options.tab ?? Math.random().toString(36).slice(2, 10);

  const items = await storage.list();
  let ui = await storage.getUi();
  if (!ui.seeded) {
    let seed: readonly ServiceDefinition[] | undefined = [];
    if (items.length === 0) {
      try {
        seed = typeof options.seed === 'function' ? await options.seed() : options.seed;
      } catch (error) {
        // Offline on a first run, say: the designer opens without examples and seeds on a later visit.
        console.warn('workspace: the examples could not be loaded; seeding is tried again next time', error);
        seed = undefined;
      }
      for (const definition of seed ?? []) {
        const result = await storage.put({ id: definition.id, definition, updatedAt: now(), lastOpenedAt: 0 }, 'absent');
        if (result.ok) items.push(result.item);
      }
    }
    if (seed !== undefined) {
      ui = { ...ui, seeded: true };
      await storage.setUi(ui);
    }
  }

  const state = createStore<WorkspaceState>()(() => ({
    items,
    pendingDeletes: [],
    persistence: storage.kind,
    problem: undefined,
    conflicts: {},
    elsewhere: {},
    ui,
  }));
  const sessions = new Map<string, SessionInternals>();
  const deleteTimers = new Map<string, ReturnType<typeof setTimeout>>();

  const post = (message: WorkspaceMessage) => channel?.post(message);
  const setItem = (item: StoredItem) => state.setState((s) => ({ items: upsert(s.items, item), problem: undefined }));
  const fail = (error: unknown) => state.setState({ problem: storageFailed(error) });
  const taken = () => new Set([...state.getState().items, ...state.getState().pendingDeletes].map((item) => item.id));

  const setConflict = (id: string, theirs: StoredItem | undefined) => {
    const session = sessions.get(id);
    if (session) session.blocked = true;
    state.setState((s) => ({ conflicts: { ...s.conflicts, [id]: { id, theirs } } }));
  };

  function createSession(item: StoredItem): SessionInternals {
    const store = createDesignerStore(item.definition);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let chain: Promise<void> = Promise.resolve();

    const save = async () => {
      const present = store.getState().history?.present;
      if (!present || present === session.saved || session.blocked) return;
      const opened = state.getState().items.find((candidate) => candidate.id === session.id)?.lastOpenedAt ?? now();
      let result;
      try {
        result = await storage.put({ id: session.id, definition: present, updatedAt: now(), lastOpenedAt: opened }, session.base);
      } catch (error) {
        fail(error);
        return;
      }
      if (result.ok) {
        session.base = result.item.revision;
        session.saved = present;
        setItem(result.item);
        post({ type: 'saved', id: session.id, revision: result.item.revision, tab });
      } else {
        setConflict(session.id, result.current);
      }
    };
    const flush = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      chain = chain.then(save);
      return chain;
    };
    const unsubscribe = store.subscribe((next, previous) => {
      const present = next.history?.present;
      if (present === previous.history?.present || present === session.saved || session.blocked) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void flush(), debounceMs);
    });

    const flushNow = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      const present = store.getState().history?.present;
      if (!present || present === session.saved || session.blocked) return;
      const stored = state.getState().items.find((candidate) => candidate.id === session.id);
      const item: StoredItem = { id: session.id, definition: present, updatedAt: now(), lastOpenedAt: stored?.lastOpenedAt ?? now(), revision: session.base + 1 };
      try {
        storage.putNow(item);
      } catch (error) {
        fail(error);
        return;
      }
      session.base = item.revision;
      session.saved = present;
      setItem(item);
      post({ type: 'saved', id: session.id, revision: item.revision, tab });
    };

    const session: SessionInternals = {
      id: item.id,
      store,
      flushNow,
      active: false,
      base: item.revision,
      saved: item.definition,
      blocked: false,
      flush,
      deactivate: async () => {
        if (session.active) post({ type: 'closed', id: session.id, tab });
        session.active = false;
        await flush();
      },
      dispose: () => {
        if (timer !== undefined) clearTimeout(timer);
        unsubscribe();
      },
    };
    return session;
  }

  const dropSession = (id: string) => {
    sessions.get(id)?.dispose();
    sessions.delete(id);
    state.setState((s) => ({ conflicts: without(s.conflicts, id) }));
  };

  const commitDelete = async (id: string) => {
    const timer = deleteTimers.get(id);
    if (timer !== undefined) clearTimeout(timer);
    deleteTimers.delete(id);
    if (!state.getState().pendingDeletes.some((item) => item.id === id)) return;
    state.setState((s) => ({ pendingDeletes: s.pendingDeletes.filter((item) => item.id !== id) }));
    dropSession(id);
    try {
      await storage.delete(id);
      post({ type: 'deleted', id, tab });
    } catch (error) {
      fail(error);
    }
  };

  /** Another tab saved or deleted: refresh the list, and tell the open item about it. */
  const refresh = async (id: string, revision: number | undefined) => {
    let current: StoredItem | undefined;
    try {
      current = await storage.get(id);
    } catch (error) {
      fail(error);
      return;
    }
    const session = sessions.get(id);
    if (current) {
      if (!state.getState().pendingDeletes.some((item) => item.id === id)) setItem(current);
    } else if (!session?.active) {
      // Deleted elsewhere. An item shown here stays listed until the user decides (see the conflict below).
      state.setState((s) => ({ items: s.items.filter((item) => item.id !== id) }));
    }
    if (!session) return;
    if (current && revision !== undefined && revision <= session.base) return;
    const clean = session.store.getState().history?.present === session.saved;
    if (!session.active && clean) {
      // Nobody is looking at it and nothing is unsaved: follow the other tab quietly.
      if (current) {
        session.base = current.revision;
        session.saved = current.definition;
        session.store.getState().open(current.definition);
      } else {
        dropSession(id);
      }
      return;
    }
    setConflict(id, current);
  };

  const unsubscribeChannel = channel?.subscribe((message) => {
    if (message.tab === tab) return;
    switch (message.type) {
      case 'saved':
        void refresh(message.id, message.revision);
        return;
      case 'deleted':
        void refresh(message.id, undefined);
        return;
      case 'opened':
      case 'present':
        state.setState((s) => {
          const tabs = s.elsewhere[message.id] ?? [];
          return tabs.includes(message.tab) ? s : { elsewhere: { ...s.elsewhere, [message.id]: [...tabs, message.tab] } };
        });
        if (message.type === 'opened' && sessions.get(message.id)?.active) post({ type: 'present', id: message.id, tab });
        return;
      case 'closed':
        state.setState((s) => {
          const tabs = (s.elsewhere[message.id] ?? []).filter((other) => other !== message.tab);
          return { elsewhere: tabs.length > 0 ? { ...s.elsewhere, [message.id]: tabs } : without(s.elsewhere, message.id) };
        });
        return;
    }
  });

  const write = async (definition: ServiceDefinition, expected: Expected): Promise<StoredItem | undefined> => {
    try {
      const result = await storage.put({ id: definition.id, definition, updatedAt: now(), lastOpenedAt: 0 }, expected);
      if (!result.ok) return undefined;
      setItem(result.item);
      post({ type: 'saved', id: definition.id, revision: result.item.revision, tab });
      return result.item;
    } catch (error) {
      fail(error);
      return undefined;
    }
  };

  const workspace: Workspace = {
    state,
    tab,
    create: async (definition) => {
      const id = uniqueId(definition.id, taken());
      const item = await write({ ...definition, id }, 'absent');
      if (!item) {
        // Storage refused (or another tab took the id meanwhile): keep the item in this page at least.
        setItem({ id, definition: { ...definition, id }, updatedAt: now(), lastOpenedAt: 0, revision: 0 });
      }
      return id;
    },
    duplicate: async (id) => {
      const source = state.getState().items.find((item) => item.id === id);
      if (!source) return undefined;
      const definition = sessions.get(id)?.store.getState().history?.present ?? source.definition;
      const name = definition.meta.name;
      return workspace.create({
        ...definition,
        id: `${id}-copy`,
        meta: { ...definition.meta, name: { ...name, 'zh-CN': `${name['zh-CN']}（副本）`, ...(name.en ? { en: `${name.en} (copy)` } : {}) } },
      });
    },
    remove: (id) => {
      const item = state.getState().items.find((candidate) => candidate.id === id);
      if (!item) return;
      const session = sessions.get(id);
      const latest = session?.store.getState().history?.present;
      const kept = latest && latest !== item.definition ? { ...item, definition: latest } : item;
      state.setState((s) => ({ items: s.items.filter((candidate) => candidate.id !== id), pendingDeletes: [...s.pendingDeletes, kept] }));
      deleteTimers.set(id, setTimeout(() => void commitDelete(id), deleteDelayMs));
    },
    undoRemove: (id) => {
      const pending = state.getState().pendingDeletes;
      const item = id === undefined ? pending[pending.length - 1] : pending.find((candidate) => candidate.id === id);
      if (!item) return;
      const timer = deleteTimers.get(item.id);
      if (timer !== undefined) clearTimeout(timer);
      deleteTimers.delete(item.id);
      state.setState((s) => ({ items: upsert(s.items, item), pendingDeletes: s.pendingDeletes.filter((candidate) => candidate !== item) }));
    },
    session: (id) => {
      const existing = sessions.get(id);
      if (existing) return existing;
      const item = state.getState().items.find((candidate) => candidate.id === id);
      if (!item) return undefined;
      const session = createSession(item);
      sessions.set(id, session);
      return session;
    },
    openSession: (id) => {
      workspace.session(id);
      const session = sessions.get(id);
      if (!session) return undefined;
      if (!session.active) {
        session.active = true;
        post({ type: 'opened', id, tab });
        const openedAt = now();
        state.setState((s) => ({ items: s.items.map((candidate) => (candidate.id === id ? { ...candidate, lastOpenedAt: openedAt } : candidate)) }));
        storage.touch(id, openedAt).catch(fail);
      }
      return session;
    },
    resolveConflict: async (id, choice) => {
      const session = sessions.get(id);
      if (!session) return;
      let current: StoredItem | undefined;
      try {
        current = await storage.get(id);
      } catch (error) {
        fail(error);
        return;
      }
      if (choice === 'reload') {
        if (!current) {
          dropSession(id);
          state.setState((s) => ({ items: s.items.filter((item) => item.id !== id) }));
          return;
        }
        session.base = current.revision;
        session.saved = current.definition;
        session.blocked = false;
        session.store.getState().open(current.definition);
        setItem(current);
        state.setState((s) => ({ conflicts: without(s.conflicts, id) }));
        return;
      }
      session.base = current?.revision ?? 0;
      session.blocked = false;
      state.setState((s) => ({ conflicts: without(s.conflicts, id) }));
      const present = session.store.getState().history?.present;
      if (!present) return;
      if (!current) {
        // Deleted elsewhere: keeping mine puts it back.
        const item = await write(present, 'absent');
        if (item) {
          session.base = item.revision;
          session.saved = present;
        }
        return;
      }
      session.saved = current.definition;
      await session.flush();
    },
    flush: async () => {
      await Promise.all([...sessions.values()].map((session) => session.flush()));
    },
    leave: async () => {
      // Everything here must be issued before the first await: after pagehide no further task may run.
      for (const session of sessions.values()) {
        session.flushNow();
        if (session.active) post({ type: 'closed', id: session.id, tab });
        session.active = false;
      }
      await Promise.all([...deleteTimers.keys()].map((id) => commitDelete(id)));
    },
    setLastRoute: (route) => {
      if (state.getState().ui.lastRoute === route) return;
      const next = { ...state.getState().ui, lastRoute: route };
      state.setState({ ui: next });
      storage.setUi(next).catch(fail);
    },
    published: (id) => storage.listPublished(id),
    publish: async (id, version) => {
      const session = workspace.session(id);
      const working = session?.store.getState().history?.present ?? state.getState().items.find((item) => item.id === id)?.definition;
      if (!working) return { ok: false, refusal: { code: 'storage', detail: id } };
      // Publishing (the compiler, the change list) is loaded when it is first used.
      const { publishVersion } = await import('./publish.ts');
      const outcome = await publishVersion(storage, working, version, now());
      if (outcome.ok && session) {
        // Not an edit of the content: the document now says which version it is (and saves like any change).
        session.store.getState().execute({ type: 'setVersion', version });
        await session.flush();
      }
      return outcome;
    },
    dispose: () => {
      unsubscribeChannel?.();
      for (const session of sessions.values()) session.dispose();
      for (const timer of deleteTimers.values()) clearTimeout(timer);
    },
  };
  return workspace;
}
