import { useSyncExternalStore } from 'react';

/**
 * The designer's pages, addressed by the URL hash so that the static build needs no server routes:
 * `#/` the catalogue, `#/item/<id>` the editor, `#/item/<id>/guide` the read-only 办事指南 preview.
 */
export type Route = { page: 'catalogue' } | { page: 'item'; id: string; view: 'edit' | 'guide' };

/** Reads a route from a hash such as `#/item/passport-first`. Anything else is the catalogue. */
export function parseRoute(hash: string): Route {
  const match = /^#\/item\/([^/?#]+)(\/guide)?$/u.exec(hash);
  if (!match?.[1]) return { page: 'catalogue' };
  try {
    return { page: 'item', id: decodeURIComponent(match[1]), view: match[2] ? 'guide' : 'edit' };
  } catch {
    return { page: 'catalogue' };
  }
}

/** The hash for a route (the editor when no view is given). */
export function routeHash(route: { page: 'catalogue' } | { page: 'item'; id: string; view?: 'edit' | 'guide' }): string {
  if (route.page === 'catalogue') return '#/';
  return `#/item/${encodeURIComponent(route.id)}${route.view === 'guide' ? '/guide' : ''}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current route; re-renders when the hash changes (links, back and forward). */
export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
