import type { Workspace } from './workspace.ts';

/**
 * Saves when the page is hidden (tab switch, minimise: the last moment that is reliable on mobile) and when it goes
 * away (reload, close, navigation), where pending deletions are carried out too. Returns the unbinding function.
 */
export function bindPageLifecycle(workspace: Workspace, target: Window = window): () => void {
  const onVisibility = () => {
    if (target.document.visibilityState === 'hidden') void workspace.flush();
  };
  const onPageHide = () => void workspace.leave();
  target.document.addEventListener('visibilitychange', onVisibility);
  target.addEventListener('pagehide', onPageHide);
  return () => {
    target.document.removeEventListener('visibilitychange', onVisibility);
    target.removeEventListener('pagehide', onPageHide);
  };
}
