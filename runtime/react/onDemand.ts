import { useEffect, useState } from 'react';

/**
 * A module loaded on demand, once. Callers at the same time share one download; a failed download (offline, a
 * chunk gone after a deploy) is tried again on the next call instead of being remembered; once loaded, the module
 * is there synchronously, so a component rendered after that needs no loading state. Used for the chunks the
 * citizen form and the designer load after their first paint.
 */
export interface OnDemand<M> {
  /** Starts the download if none is under way, and resolves with the module. */
  load(): Promise<M>;
  /** The module once loaded, otherwise undefined. */
  readonly current: M | undefined;
}

/** `importer` is the dynamic import (`() => import('./X.tsx')`), so the bundler still makes X a chunk of its own. */
export function onDemand<M>(importer: () => Promise<M>, onLoad?: (module: M) => void): OnDemand<M> {
  let loading: Promise<M> | undefined;
  let loaded: M | undefined;
  return {
    load() {
      loading ??= importer().then(
        (module) => {
          loaded = module;
          onLoad?.(module);
          return module;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    get current() {
      return loaded;
    },
  };
}

/**
 * The module for a component that needs it (`needed`): at once when already loaded, else after a re-render once
 * it has loaded; `failed` when the download failed (the component says so; a later mount tries again).
 */
export function useOnDemand<M>(chunk: OnDemand<M>, needed = true): { readonly module?: M; readonly failed: boolean } {
  const [state, setState] = useState<{ module?: M; failed: boolean }>(() => (chunk.current !== undefined ? { module: chunk.current, failed: false } : { failed: false }));
  useEffect(() => {
    if (!needed || state.module !== undefined || state.failed) return;
    let live = true;
    chunk.load().then(
      (module) => live && setState({ module, failed: false }),
      () => live && setState({ failed: true }),
    );
    return () => {
      live = false;
    };
  }, [chunk, needed, state.module, state.failed]);
  return state;
}
