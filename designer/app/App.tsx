import { useEffect, useRef, useState } from 'react';
import { CataloguePage } from './CataloguePage.tsx';
import { dictionary, localText, type Lang } from './i18n.ts';
import type { Catalogue } from './items.ts';
import { ItemPage } from './ItemPage.tsx';
import { useHashRoute } from './useHashRoute.ts';

/** Props of {@link App}. */
export interface AppProps {
  catalogue: Catalogue;
  initialLang?: Lang;
}

/** The designer shell: a header with the language switch, and the page the URL hash names. */
export function App({ catalogue, initialLang = 'zh-CN' }: AppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const route = useHashRoute();
  const t = dictionary(lang);
  const item = route.page === 'item' ? catalogue.items.find((candidate) => candidate.id === route.id) : undefined;
  const mainRef = useRef<HTMLElement>(null);
  const routeKey = route.page === 'item' ? `item/${route.id}` : 'catalogue';
  const shownRoute = useRef(routeKey);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    document.title = item ? `${localText(item.meta.name, lang)} · Banshi` : t.appTitle;
  }, [item, lang, t.appTitle]);

  // After a page change, move focus to the new page's heading so keyboard and screen reader users start
  // there rather than on a link that no longer exists. Not on first load: the browser's own focus wins.
  // (Compared with the last route shown, not a first-render flag, because StrictMode runs effects twice.)
  useEffect(() => {
    if (shownRoute.current === routeKey) return;
    shownRoute.current = routeKey;
    document.querySelector<HTMLElement>('h1')?.focus();
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
      <main id="main" ref={mainRef} className="app-main" tabIndex={-1}>
        {onCatalogue ? (
          <CataloguePage catalogue={catalogue} lang={lang} />
        ) : (
          <ItemPage definition={item} requestedId={route.id} lang={lang} />
        )}
      </main>
    </>
  );
}
