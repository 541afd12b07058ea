// The 发布 and 版本历史 buttons of an item's toolbar. Their dialogs (PublishDialogs.tsx: change lists, version
// history, the published guide) are a chunk of their own, loaded when a button is pointed at, focused or pressed,
// so opening an item does not download them.
import './publish.css';
import { lazy, Suspense, useRef, useState } from 'react';
import type { Lang } from '../i18n.ts';
import type { ItemSession, Workspace } from './workspace.ts';

const strings = {
  'zh-CN': { publish: '发布…', history: '版本历史', group: '发布与版本', loading: '加载中…' },
  en: { publish: 'Publish…', history: 'Version history', group: 'Publishing and versions', loading: 'Loading…' },
};

const loadDialogs = () => import('./PublishDialogs.tsx');
const PublishDialog = lazy(() => loadDialogs().then((module) => ({ default: module.PublishDialog })));
const HistoryDialog = lazy(() => loadDialogs().then((module) => ({ default: module.HistoryDialog })));
/** Starts downloading the dialogs before the click (pointer over or focus on a button). */
const preload = () => void loadDialogs().catch(() => {});

/** The 发布 and 版本历史 buttons of an item's toolbar, and their dialogs. */
export function PublishButtons({ workspace, session, lang }: { workspace: Workspace; session: ItemSession; lang: Lang }) {
  const s = strings[lang];
  const [open, setOpen] = useState<'publish' | 'history'>();
  const publishRef = useRef<HTMLButtonElement>(null);
  const historyRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    const opener = open === 'publish' ? publishRef.current : historyRef.current;
    setOpen(undefined);
    // Back to the button that opened the dialog.
    setTimeout(() => opener?.focus(), 0);
  };
  return (
    <div className="publish-buttons" role="group" aria-label={s.group}>
      <button ref={publishRef} type="button" className="button" aria-haspopup="dialog" onPointerEnter={preload} onFocus={preload} onClick={() => setOpen('publish')}>{s.publish}</button>
      <button ref={historyRef} type="button" className="button" aria-haspopup="dialog" onPointerEnter={preload} onFocus={preload} onClick={() => setOpen('history')}>{s.history}</button>
      {open && (
        <Suspense fallback={<span role="status" aria-busy="true">{s.loading}</span>}>
          {open === 'publish' && <PublishDialog workspace={workspace} session={session} lang={lang} onClose={close} />}
          {open === 'history' && <HistoryDialog workspace={workspace} session={session} lang={lang} onClose={close} />}
        </Suspense>
      )}
    </div>
  );
}
