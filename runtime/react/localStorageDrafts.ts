import type { DraftStorage } from '../engine/index.ts';

/**
 * Drafts in Web Storage (localStorage by default). Every access is guarded: storage may be missing, disabled
 * (Safari private mode, some WebViews, sandboxed iframes throw on access) or full; the form then works without drafts.
 */
export function createLocalStorageDrafts(storage?: Storage): DraftStorage {
  const resolve = (): Storage | null => {
    if (storage) return storage;
    try {
      return globalThis.localStorage ?? null;
    } catch {
      return null;
    }
  };
  return {
    load(key) {
      try {
        return resolve()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    save(key, text) {
      try {
        resolve()?.setItem(key, text);
      } catch {
        // Quota exceeded or storage disabled: the answers stay in memory.
      }
    },
    remove(key) {
      try {
        resolve()?.removeItem(key);
      } catch {
        // Nothing to clean up.
      }
    },
  };
}
