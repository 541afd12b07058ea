import { useEffect, useId, useRef, useState } from 'react';
import type { ServiceDefinition, TimeLimit } from '../../schemas/service.types.ts';
import { dictionary, localText, type Lang } from './i18n.ts';
import { flowCounts } from './outline/flowOutline.ts';
import { useCompilerLoaded } from './store/useCompiler.ts';
import { parseRoute, routeHash } from './useHashRoute.ts';
import { blankDefinition } from './workspace/blankDefinition.ts';
import { ImportButton, useImportFlow } from './workspace/ImportFlow.tsx';
import { lintStatus } from './workspace/lintStatus.ts';
import type { StoredItem } from './workspace/storage.ts';
import { workspaceText } from './workspace/text.ts';
import { useWorkspace } from './workspace/useWorkspace.ts';
import type { Workspace } from './workspace/workspace.ts';

/** A time limit as the guide states it, e.g. 20 个工作日. */
export function timeLimitText(limit: TimeLimit, lang: Lang): string {
  return dictionary(lang).timeUnits[limit.unit](limit.value);
}

function LintBadge({ definition, lang }: { definition: ServiceDefinition; lang: Lang }) {
  const t = workspaceText(lang);
  const status = lintStatus(definition);
  if (!status) return <span className="lint" aria-busy="true">{t.lintChecking}</span>;
  if (!status.ok) return <span className="lint lint--error">{t.lintUnavailable}</span>;
  if (status.errors === 0 && status.warnings === 0) return <span className="lint lint--ok">{t.lintOk}</span>;
  return <span className={`lint ${status.errors > 0 ? 'lint--error' : 'lint--warning'}`}>{t.lintCounts(status.errors, status.warnings)}</span>;
}

function ItemCard({ item, lang, onDuplicate, onRemove }: {
  item: StoredItem;
  lang: Lang;
  onDuplicate(): void;
  onRemove(): void;
}) {
  const t = dictionary(lang);
  const w = workspaceText(lang);
  const headingId = useId();
  const definition = item.definition;
  const counts = flowCounts(definition);
  const enName = definition.meta.name.en;
  const code = definition.meta.codes?.[0]?.value;
  const edited = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(item.updatedAt);
  return (
    <li className="item-card">
      <h3 className="item-card__title" id={headingId}>
        <a href={routeHash({ page: 'item', id: item.id })} className="item-card__link" data-item-id={item.id}>
          <span lang="zh-CN">{definition.meta.name['zh-CN']}</span>
        </a>
      </h3>
      {enName ? <p className="item-card__subtitle" lang="en">{enName}</p> : null}
      <dl className="facts">
        <div><dt>{w.code}</dt><dd>{code ?? <span className="muted">{w.noCode}</span>}</dd></div>
        <div><dt>{t.itemType}</dt><dd>{localText(definition.meta.itemType.label, lang)}</dd></div>
        <div><dt>{t.agency}</dt><dd>{localText(definition.meta.agency.name, lang)}</dd></div>
        <div><dt>{t.promisedTimeLimit}</dt><dd>{timeLimitText(definition.meta.promisedTimeLimit, lang)}</dd></div>
        <div><dt>{w.lastEdited}</dt><dd><time dateTime={new Date(item.updatedAt).toISOString()}>{edited}</time></dd></div>
        <div><dt>{w.lint}</dt><dd><LintBadge definition={definition} lang={lang} /></dd></div>
      </dl>
      <p className="item-card__counts">
        <span>{counts.situations} {t.situations}</span>
        <span>{counts.steps} {t.steps}</span>
        <span>{counts.materials} {t.materials}</span>
      </p>
      <p className="item-card__id"><code>{item.id}</code></p>
      <div className="button-row item-card__actions">
        <button type="button" className="button" aria-describedby={headingId} onClick={onDuplicate}>{w.duplicate}</button>
        <button type="button" className="button button--danger" aria-describedby={headingId} onClick={onRemove}>{w.remove}</button>
      </div>
    </li>
  );
}

/** The toast after a deletion: 撤销 until the deletion really happens (~10 s later). */
function UndoToast({ workspace, lang, undoRef }: { workspace: Workspace; lang: Lang; undoRef: React.RefObject<HTMLButtonElement | null> }) {
  const w = workspaceText(lang);
  const latest = useWorkspace(workspace, (s) => s.pendingDeletes[s.pendingDeletes.length - 1]);
  return (
    <div className="toast-region" role="status">
      {latest ? (
        <div className="toast">
          <span>{w.deleted(latest.definition.meta.name['zh-CN'])}</span>
          <button type="button" className="button button--primary" ref={undoRef} onClick={() => workspace.undoRemove(latest.id)}>{w.undo}</button>
        </div>
      ) : null}
    </div>
  );
}

/** The first screen: the workspace's items, with create, import, duplicate and delete (undoable). */
export function CataloguePage({ workspace, examples, lang }: { workspace: Workspace; examples: readonly ServiceDefinition[]; lang: Lang }) {
  const t = dictionary(lang);
  const w = workspaceText(lang);
  const items = useWorkspace(workspace, (s) => s.items);
  const pending = useWorkspace(workspace, (s) => s.pendingDeletes.length);
  const lastRoute = useWorkspace(workspace, (s) => s.ui.lastRoute);
  // The lint badges below read the compiler: the page starts its download and re-renders them when it is there.
  useCompilerLoaded();
  const flow = useImportFlow({ workspace, lang });
  const [example, setExample] = useState(examples[0]?.id ?? '');
  const undoRef = useRef<HTMLButtonElement>(null);
  const exampleSelectId = useId();
  const sorted = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const create = async (definition: ServiceDefinition) => {
    const id = await workspace.create(definition);
    window.location.hash = routeHash({ page: 'item', id });
  };
  const remove = (id: string) => {
    workspace.remove(id);
    // The card and its buttons are gone: focus goes to 撤销, the one thing a keyboard user may want next.
    requestAnimationFrame(() => undoRef.current?.focus());
  };

  // Ctrl+Z (⌘Z) on the catalogue undoes the latest deletion, as in the editor.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z' && workspace.state.getState().pendingDeletes.length > 0) {
        event.preventDefault();
        workspace.undoRemove();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [workspace]);

  const resume = lastRoute ? parseRoute(lastRoute) : undefined;
  const resumeItem = resume?.page === 'item' ? items.find((item) => item.id === resume.id) : undefined;

  return (
    <section aria-labelledby="catalogue-heading" className="catalogue" {...flow.dropTarget}>
      <div className="page-intro">
        <h2 id="catalogue-heading">{t.catalogueHeading}</h2>
        <p className="muted">{t.catalogueCount(items.length)} · {w.importDrop}</p>
      </div>
      <div className="catalogue-toolbar" role="toolbar" aria-label={t.catalogueHeading}>
        <button type="button" className="button button--primary" onClick={() => void create(blankDefinition('new-item'))}>{w.newBlank}</button>
        {examples.length > 0 ? (
          <span className="catalogue-toolbar__example">
            <label htmlFor={exampleSelectId}>{w.fromExample}</label>
            <select id={exampleSelectId} value={example} onChange={(event) => setExample(event.target.value)}>
              {examples.map((candidate) => <option key={candidate.id} value={candidate.id}>{localText(candidate.meta.name, lang)}</option>)}
            </select>
            <button type="button" className="button" onClick={() => {
              const chosen = examples.find((candidate) => candidate.id === example);
              if (chosen) void create(chosen);
            }}>{w.newFromExample}</button>
          </span>
        ) : null}
        <ImportButton flow={flow} lang={lang} />
        {pending > 0 ? <button type="button" className="button" onClick={() => workspace.undoRemove()}>{w.undoDelete(pending)}</button> : null}
      </div>
      {flow.panel}
      {resumeItem ? (
        <p className="resume"><a href={lastRoute}>{w.resume(resumeItem.definition.meta.name['zh-CN'])}</a></p>
      ) : null}
      {sorted.length === 0 ? (
        <p className="empty-state">{w.empty}</p>
      ) : (
        <ul className="item-grid">
          {sorted.map((item) => (
            <ItemCard
              key={item.id}
              item={item}
              lang={lang}
              onDuplicate={() => void workspace.duplicate(item.id)}
              onRemove={() => remove(item.id)}
            />
          ))}
        </ul>
      )}
      <UndoToast workspace={workspace} lang={lang} undoRef={undoRef} />
    </section>
  );
}
