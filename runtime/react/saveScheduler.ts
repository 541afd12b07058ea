import type { SaveScheduler } from '../engine/index.ts';

/** A save scheduler the form can flush (page hidden, form unmounted) and dispose. */
export interface IdleSaveScheduler {
  readonly schedule: SaveScheduler;
  /** Runs the pending save now, if any. */
  flush(): void;
}

/**
 * Autosave off the typing path: the engine asks for a save on each change, but serialising a large draft on
 * every keystroke would cost each keystroke time that grows with the form. The save runs `delay` ms after the
 * first unsaved change (the engine coalesces every request until then, so it writes the latest answers), in an
 * idle period when the browser has one, and at once when the page is hidden or left (pagehide), so closing the
 * tab loses nothing.
 */
export function createIdleSaveScheduler(delay = 500): IdleSaveScheduler {
  let pending: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const target = typeof window === 'undefined' ? undefined : window;

  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  const detach = () => {
    target?.removeEventListener('pagehide', flush);
    target?.document.removeEventListener('visibilitychange', onHide);
  };
  function flush() {
    if (timer !== undefined) clearTimeout(timer);
    if (idle !== undefined) target?.cancelIdleCallback?.(idle);
    timer = idle = undefined;
    const task = pending;
    pending = null;
    detach();
    task?.();
  }

  return {
    schedule(task) {
      pending = task;
      if (timer !== undefined || idle !== undefined) return;
      target?.addEventListener('pagehide', flush);
      target?.document.addEventListener('visibilitychange', onHide);
      timer = setTimeout(() => {
        timer = undefined;
        if (target?.requestIdleCallback) idle = target.requestIdleCallback(flush, { timeout: 1000 });
        else flush();
      }, delay);
    },
    flush,
  };
}
