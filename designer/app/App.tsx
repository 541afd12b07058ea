import { lazy, Suspense, use, useEffect, useRef, useState } from 'react';
import type { ServiceDefinition } from '../../schemas/index.ts';
import { CataloguePage } from './CataloguePage.tsx';
import { dictionary, localText, type Lang } from './i18n.ts';
import { routeHash, useHashRoute } from './useHashRoute.ts';
import { StorageBanner } from './workspace/Notices.tsx';
import { useWorkspace } from './workspace/useWorkspace.ts';
import type { Workspace } from './workspace/workspace.ts';

// The editor (React Flow, inspector, outline) is its own chunk: the catalogue never pays for the canvas.
const ItemRoute = lazy(() => import('./workspace/ItemRoute.tsx').then((module) => ({ default: module.ItemRoute })));

/**
 * Focuses the page's heading as soon as it exists. The editor is a lazy chunk, so right after a route change its
 * heading may not be in the document yet: watch for it (briefly) instead of giving up. Returns a cleanup.
 */
function focusHeadingWhenShown(): () => void {
  const focus = () => {
    const heading = document.querySelector<HTMLElement>('main h1, h1');
    heading?.focus();
    return heading !== null;
  };
  if (focus()) return () => {};
  const observer = new MutationObserver(() => {
    if (focus()) stop();
  });
  const timer = window.setTimeout(() => stop(), 5000);
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true });
  return stop;
}

/** The bundled examples, or a loader returning the same promise on every call (main.tsx: a chunk of their own). */
export type Examples = readonly ServiceDefinition[] | (() => Promise<readonly ServiceDefinition[]>);

/** Props of {@link App}. */
export interface AppProps {
  workspace: Workspace;
  /** The bundled examples, offered by "new from example". */
  examples: Examples;
  initialLang?: Lang;
}

/** The catalogue, once the examples it offers are loaded (suspends until then). */
function CatalogueRoute({ workspace, examples, lang }: { workspace: Workspace; examples: Examples; lang: Lang }) {
  const list = typeof examples === 'function' ? use(examples()) : examples;
  return <CataloguePage workspace={workspace} examples={list} lang={lang} />;
}

/** The designer shell: a header with the language switch, the storage banner, and the page the URL hash names. */
export function App({ workspace, examples, initialLang = 'zh-CN' }: AppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const route = useHashRoute();
  const t = dictionary(lang);
  const itemName = useWorkspace(workspace, (s) =>
    route.page === 'item' ? s.items.find((candidate) => candidate.id === route.id)?.definition.meta.name : undefined,
  );
  const mainRef = useRef<HTMLElement>(null);
  const routeKey = route.page === 'item' ? routeHash(route) : 'catalogue';
  const shownRoute = useRef(routeKey);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    document.title = itemName ? `${localText(itemName, lang)} · Banshi` : t.appTitle;
  }, [itemName, lang, t.appTitle]);

  // The item last shown, for the catalogue's "continue" link (a reload keeps the hash by itself).
  useEffect(() => {
    if (route.page === 'item') workspace.setLastRoute(routeKey);
  }, [workspace, route.page, routeKey]);

  // After a page change, move focus to the new page's heading so keyboard and screen reader users start
  // there rather than on a link that no longer exists. Not on first load: the browser's own focus wins.
  // (Compared with the last route shown, not a first-render flag, because StrictMode runs effects twice.)
  useEffect(() => {
    if (shownRoute.current === routeKey) return;
    shownRoute.current = routeKey;
    return focusHeadingWhenShown();
  }, [routeKey]);

  const onCatalogue = route.page === 'catalogue';
  return (
    <>
      <a className="skip-link" href="#main" onClick={(event) => {
        event.preventDefault();
        mainRef.current?.focus();
      }}>
        {t.skipToContent}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          {onCatalogue ? (
            <h1 className="brand" tabIndex={-1}>{t.appTitle}</h1>
          ) : (
            <a className="brand" href="#/">{t.appTitle}</a>
          )}
          <button
            type="button"
            className="lang-switch"
            lang={lang === 'zh-CN' ? 'en' : 'zh-CN'}
            aria-label={t.languageSwitchLabel}
            onClick={() => setLang(lang === 'zh-CN' ? 'en' : 'zh-CN')}
          >
            {t.languageSwitch}
          </button>
        </div>
      </header>
      <StorageBanner workspace={workspace} lang={lang} />
      <main id="main" ref={mainRef} className="app-main" tabIndex={-1}>
        {route.page === 'catalogue' ? (
          // Keyed apart from the editor's boundary: leaving the catalogue unmounts it rather than hiding it.
          <Suspense key="catalogue" fallback={<p className="app-loading" role="status">{t.loadingCatalogue}</p>}>
            <CatalogueRoute workspace={workspace} examples={examples} lang={lang} />
          </Suspense>
        ) : (
          <Suspense key="item" fallback={<p className="app-loading" role="status">{t.loadingEditor}</p>}>
            <ItemRoute workspace={workspace} id={route.id} view={route.view} lang={lang} onLangChange={setLang} />
          </Suspense>
        )}
      </main>
    </>
  );
}
