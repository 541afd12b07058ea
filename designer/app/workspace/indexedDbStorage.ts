/**
 * The workspace in IndexedDB: database `banshi-designer`, object stores `items` (key `id`), `ui` (one record,
 * key `state`) and, since version 2, `published` (key `[itemId, version]`, index `itemId`: the immutable published
 * versions). Writes commit explicitly (`transaction.commit()`), so a save started in `pagehide` reaches the
 * disk before the page goes away.
 */
import { checkedPublish, checkedWrite, type PublishedVersion, type StoredItem, type UiState, type WorkspaceStorage } from './storage.ts';

export const DATABASE_NAME = 'banshi-designer';
/** 1: items and ui; 2: published. */
export const DATABASE_VERSION = 2;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function commit(tx: IDBTransaction): void {
  // Not in every browser; where missing the transaction commits when its requests are done.
  (tx as IDBTransaction & { commit?: () => void }).commit?.();
}

/** Opens the database; rejects when IndexedDB is missing or refused (private modes, disabled storage). */
export function openIndexedDbStorage(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<WorkspaceStorage> {
  if (!factory) return Promise.reject(new Error('IndexedDB is not available'));
  return new Promise<IDBDatabase>((resolve, reject) => {
    let req: IDBOpenDBRequest;
    try {
      req = factory.open(DATABASE_NAME, DATABASE_VERSION);
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('items')) db.createObjectStore('items', { keyPath: 'id' });
      if (!db.objectStoreNames.contains('ui')) db.createObjectStore('ui');
      // Version 2 adds the published versions; the stores of version 1 are kept as they are.
      if (!db.objectStoreNames.contains('published')) {
        db.createObjectStore('published', { keyPath: ['itemId', 'version'] }).createIndex('itemId', 'itemId');
      }
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab with an older version'));
  }).then((db) => {
    // Another tab (or a test) deleting or upgrading the database must not wait for this one forever.
    db.onversionchange = () => db.close();
    return indexedDbStorage(db);
  });
}

function indexedDbStorage(db: IDBDatabase): WorkspaceStorage {
  const items = (mode: IDBTransactionMode) => {
    const tx = db.transaction('items', mode);
    return { tx, store: tx.objectStore('items') };
  };
  return {
    kind: 'indexeddb',
    list: async () => request(items('readonly').store.getAll() as IDBRequest<StoredItem[]>),
    get: async (id) => request(items('readonly').store.get(id) as IDBRequest<StoredItem | undefined>),
    put: async (item, expected) => {
      // One readwrite transaction reads and writes, so no other tab's write can slip in between.
      const { tx, store } = items('readwrite');
      const finished = done(tx);
      const current = await request(store.get(item.id) as IDBRequest<StoredItem | undefined>);
      const result = checkedWrite(current, item, expected);
      if (result.ok) store.put(result.item);
      commit(tx);
      await finished;
      return result;
    },
    putNow: (item) => {
      // Issued and committed before returning: the write survives the page going away right after.
      const { tx, store } = items('readwrite');
      store.put(item);
      commit(tx);
    },
    touch: async (id, lastOpenedAt) => {
      const { tx, store } = items('readwrite');
      const finished = done(tx);
      const current = await request(store.get(id) as IDBRequest<StoredItem | undefined>);
      if (current) store.put({ ...current, lastOpenedAt });
      commit(tx);
      await finished;
    },
    delete: async (id) => {
      const { tx, store } = items('readwrite');
      const finished = done(tx);
      store.delete(id);
      commit(tx);
      await finished;
    },
    getUi: async () => {
      const tx = db.transaction('ui', 'readonly');
      return ((await request(tx.objectStore('ui').get('state'))) as UiState | undefined) ?? {};
    },
    setUi: async (ui) => {
      const tx = db.transaction('ui', 'readwrite');
      const finished = done(tx);
      tx.objectStore('ui').put(ui, 'state');
      commit(tx);
      await finished;
    },
    listPublished: async (itemId) => {
      const tx = db.transaction('published', 'readonly');
      const records = await request(tx.objectStore('published').index('itemId').getAll(itemId) as IDBRequest<PublishedVersion[]>);
      return records.sort((a, b) => a.publishedAt - b.publishedAt);
    },
    putPublished: async (record) => {
      // Read and write in one transaction: two tabs publishing the same version cannot both succeed.
      const tx = db.transaction('published', 'readwrite');
      const finished = done(tx);
      const store = tx.objectStore('published');
      const existing = await request(store.get([record.itemId, record.version]) as IDBRequest<PublishedVersion | undefined>);
      const result = checkedPublish(existing, record);
      if (result.ok && !result.already) store.add(record);
      commit(tx);
      await finished;
      return result;
    },
  };
}
