/**
 * An open item: the editor fed by the workspace session's store, the 办事指南 preview, import/export, and the notices about other tabs.
 */
import { lazy, Suspense, useEffect, useMemo, useSyncExternalStore } from 'react';
import { EditorPage } from '../editor/EditorPage.tsx';
import { dictionary, type Lang } from '../i18n.ts';
import type { DesignerStore } from '../store/designerStore.ts';
import { routeHash } from '../useHashRoute.ts';
import { ExportImportButtons } from './ExportImportButtons.tsx';
import { useImportFlow } from './ImportFlow.tsx';
import { TabNotices } from './Notices.tsx';
import { PublishButtons } from './PublishButtons.tsx';
import { workspaceText } from './text.ts';
import { useWorkspace } from './useWorkspace.ts';
import type { ItemSession, Workspace } from './workspace.ts';

// The read-only 办事指南 view is a chunk of its own: opening an item shows the editor.
const ItemPage = lazy(() => import('../ItemPage.tsx').then((module) => ({ default: module.ItemPage })));

function useDocument(store: DesignerStore) {
  return useSyncExternalStore(store.subscribe, () => store.getState().history?.present);
}

export function ItemRoute({ workspace, id, view, lang, onLangChange }: {
  workspace: Workspace;
  id: string;
  view: 'edit' | 'guide';
  lang: Lang;
  onLangChange(lang: Lang): void;
}) {
  const exists = useWorkspace(workspace, (state) => state.items.some((item) => item.id === id));
  // Render only gets (or creates) the session; showing it (presence, last opened) is the effect's side effect.
  const session = useMemo(() => (exists ? workspace.session(id) : undefined), [workspace, id, exists]);
  useEffect(() => {
    if (!exists) return undefined;
    const opened = workspace.openSession(id);
    return () => void opened?.deactivate();
  }, [workspace, id, exists]);

  if (!session) {
    return (
      <>
        <nav aria-label={dictionary(lang).breadcrumb} className="breadcrumb">
          <a href="#/"><span aria-hidden="true">← </span>{dictionary(lang).back}</a>
        </nav>
        <h1 tabIndex={-1}>{dictionary(lang).notFound(id)}</h1>
        <p role="status">{workspaceText(lang).itemMissing(id)}</p>
      </>
    );
  }
  return <OpenItem workspace={workspace} session={session} view={view} lang={lang} onLangChange={onLangChange} />;
}

function OpenItem({ workspace, session, view, lang, onLangChange }: {
  workspace: Workspace;
  session: ItemSession;
  view: 'edit' | 'guide';
  lang: Lang;
  onLangChange(lang: Lang): void;
}) {
  const t = workspaceText(lang);
  const definition = useDocument(session.store);
  const flow = useImportFlow({ workspace, session, lang });
  const tools = (
    <>
      <ExportImportButtons session={session} flow={flow} lang={lang} />
      <PublishButtons workspace={workspace} session={session} lang={lang} />
    </>
  );
  const tab = (target: 'edit' | 'guide', label: string) => (
    <a href={routeHash({ page: 'item', id: session.id, view: target })} aria-current={view === target ? 'page' : undefined} className="item-tabs__tab">
      {label}
    </a>
  );

  return (
    <div className="open-item" {...flow.dropTarget}>
      <nav aria-label={t.itemTabs} className="item-tabs">
        {tab('edit', t.design)}
        {tab('guide', t.guide)}
      </nav>
      <TabNotices workspace={workspace} id={session.id} lang={lang} />
      {flow.panel}
      {view === 'edit' ? (
        <EditorPage store={session.store} lang={lang} onLangChange={onLangChange} toolbarExtra={tools} />
      ) : (
        <>
          <div className="item-toolbar">{tools}</div>
          <Suspense fallback={<p className="app-loading" role="status">{dictionary(lang).loadingGuide}</p>}>
            <ItemPage definition={definition} requestedId={session.id} lang={lang} />
          </Suspense>
        </>
      )}
    </div>
  );
}
