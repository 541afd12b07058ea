/**
 * Where the designer keeps its items: an interface with two implementations, IndexedDB (indexedDbStorage.ts) and
 * memory (below; used when IndexedDB is unavailable, e.g. some private modes, and by the unit tests).
 *
 * Every item carries a revision. A write names the revision it was based on and is refused when the stored one
 * differs, so a tab that missed another tab's save cannot silently overwrite it (workspace.ts shows the notice).
 */
import type { ServiceDefinition, ServicePackage } from '../../../schemas/index.ts';

export interface StoredItem {
  readonly id: string;
  readonly definition: ServiceDefinition;
  /** ms since the epoch. */
  readonly updatedAt: number;
  readonly lastOpenedAt: number;
  /** Bumped by every write; 1 for a new item. */
  readonly revision: number;
}

/** A published version: immutable once stored (a version number is never stored twice with other content). */
export interface PublishedVersion {
  readonly itemId: string;
  readonly version: string;
  /** The package's hash: the identity of the content. */
  readonly hash: string;
  readonly definition: ServiceDefinition;
  readonly package: ServicePackage;
  /** ms since the epoch. */
  readonly publishedAt: number;
}

/** Storing a published version: refused when that version was already published with other content. */
export type PublishResult =
  | { readonly ok: true; readonly record: PublishedVersion; readonly already: boolean }
  | { readonly ok: false; readonly existing: PublishedVersion };

/** The immutability check shared by both implementations: same version and hash is already done, another hash is refused. */
export function checkedPublish(existing: PublishedVersion | undefined, record: PublishedVersion): PublishResult {
  if (!existing) return { ok: true, record, already: false };
  return existing.hash === record.hash ? { ok: true, record: existing, already: true } : { ok: false, existing };
}

/** What a write expects to find: a given revision, no item at all (create), or anything (overwrite on purpose). */
export type Expected = number | 'absent' | 'any';

export type PutResult =
  | { readonly ok: true; readonly item: StoredItem }
  | { readonly ok: false; readonly current: StoredItem | undefined };

export interface UiState {
  /** The hash route last shown, e.g. `#/item/gd-elderly-card`. */
  readonly lastRoute?: string;
  /** Set once the examples have been copied in, so deleting them all does not bring them back. */
  readonly seeded?: boolean;
}

export interface WorkspaceStorage {
  readonly kind: 'indexeddb' | 'memory';
  list(): Promise<StoredItem[]>;
  get(id: string): Promise<StoredItem | undefined>;
  /** Writes the item with the next revision when the stored one is as expected (checked and written atomically). */
  put(item: Omit<StoredItem, 'revision'>, expected: Expected): Promise<PutResult>;
  /**
   * Writes at once, without reading first: for the page's last moment (`pagehide`), when no callback may run any
   * more, so a read-then-write would never write. The caller vouches for the revision (its base + 1); the two-tab
   * check then rests on the BroadcastChannel messages that already arrived.
   */
  putNow(item: StoredItem): void;
  /** Records an opening without a new revision: opening is not an edit. */
  touch(id: string, lastOpenedAt: number): Promise<void>;
  delete(id: string): Promise<void>;
  getUi(): Promise<UiState>;
  setUi(ui: UiState): Promise<void>;
  /** The published versions of an item, oldest first. */
  listPublished(itemId: string): Promise<PublishedVersion[]>;
  /** Stores a published version unless that version exists with other content (checked and written atomically). */
  putPublished(record: PublishedVersion): Promise<PublishResult>;
}

/** The revision check shared by both implementations. */
export function checkedWrite(current: StoredItem | undefined, item: Omit<StoredItem, 'revision'>, expected: Expected): PutResult {
  const matches = expected === 'any' || (expected === 'absent' ? current === undefined : current?.revision === expected);
  if (!matches) return { ok: false, current };
  return { ok: true, item: { ...item, revision: (current?.revision ?? 0) + 1 } };
}

/**
 * Storage in memory. Several workspaces may share one (two "tabs" in a test). Values are structured-cloned on the
 * way in and out, as IndexedDB does, so a caller can never mutate what is stored.
 */
export function createMemoryStorage(): WorkspaceStorage {
  const items = new Map<string, StoredItem>();
  const published = new Map<string, PublishedVersion>();
  let ui: UiState = {};
  return {
    kind: 'memory',
    list: async () => [...items.values()].map((item) => structuredClone(item)),
    get: async (id) => {
      const item = items.get(id);
      return item && structuredClone(item);
    },
    put: async (item, expected) => {
      const result = checkedWrite(items.get(item.id), item, expected);
      if (result.ok) items.set(item.id, structuredClone(result.item));
      return structuredClone(result);
    },
    putNow: (item) => {
      items.set(item.id, structuredClone(item));
    },
    touch: async (id, lastOpenedAt) => {
      const item = items.get(id);
      if (item) items.set(id, { ...item, lastOpenedAt });
    },
    delete: async (id) => {
      items.delete(id);
    },
    getUi: async () => ({ ...ui }),
    setUi: async (next) => {
      ui = { ...next };
    },
    listPublished: async (itemId) =>
      [...published.values()].filter((record) => record.itemId === itemId).sort((a, b) => a.publishedAt - b.publishedAt).map((record) => structuredClone(record)),
    putPublished: async (record) => {
      const key = JSON.stringify([record.itemId, record.version]);
      const result = checkedPublish(published.get(key), record);
      if (result.ok && !result.already) published.set(key, structuredClone(record));
      return structuredClone(result);
    },
  };
}
