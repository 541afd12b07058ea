import { useSyncExternalStore } from 'react';

/** The designer's pages, addressed by the URL hash so that the static build needs no server routes. */
export type Route = { page: 'catalogue' } | { page: 'item'; id: string };

/** Reads a route from a hash such as `#/item/passport-first`. Anything else is the catalogue. */
export function parseRoute(hash: string): Route {
  const match = /^#\/item\/([^/?#]+)$/u.exec(hash);
  if (!match?.[1]) return { page: 'catalogue' };
  try {
    return { page: 'item', id: decodeURIComponent(match[1]) };
  } catch {
    return { page: 'catalogue' };
  }
}

/** The hash for a route. */
export function routeHash(route: Route): string {
  return route.page === 'item' ? `#/item/${encodeURIComponent(route.id)}` : '#/';
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
