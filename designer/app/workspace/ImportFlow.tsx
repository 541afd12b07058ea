/**
 * Importing a `.service.json`, from a file picker or a drop: check it (importFile.ts), list its problems when it
 * is invalid (the current work is untouched), otherwise create a new item or, when an item is open and the user
 * says so, replace it as one undoable `replaceDefinition` command.
 */
import { useCallback, useEffect, useRef, useState, type DragEvent, type ReactNode } from 'react';
import type { ServiceDefinition } from '../../../schemas/index.ts';
import type { Lang } from '../i18n.ts';
import { routeHash } from '../useHashRoute.ts';
import type { ImportProblem } from './importFile.ts';
import { workspaceText } from './text.ts';
import type { ItemSession, Workspace } from './workspace.ts';

type Step =
  | { readonly step: 'idle' }
  | { readonly step: 'checking'; readonly file: string }
  | { readonly step: 'problems'; readonly file: string; readonly problems: readonly ImportProblem[] }
  | { readonly step: 'choice'; readonly file: string; readonly definition: ServiceDefinition; readonly migratedFrom: number | undefined }
  | { readonly step: 'done'; readonly message: string };

export interface ImportFlow {
  /** Starts an import of a picked or dropped file. */
  start(file: File): void;
  /** Drag and drop handlers for the area that accepts files. */
  readonly dropTarget: { onDragOver(event: DragEvent): void; onDrop(event: DragEvent): void };
  readonly panel: ReactNode;
}

export function useImportFlow({ workspace, session, lang }: { workspace: Workspace; session?: ItemSession | undefined; lang: Lang }): ImportFlow {
  const [state, setState] = useState<Step>({ step: 'idle' });
  const t = workspaceText(lang);
  const generation = useRef(0);

  const createNew = useCallback(
    async (definition: ServiceDefinition) => {
      const id = await workspace.create(definition);
      setState({ step: 'done', message: t.importCreated(definition.meta.name['zh-CN']) });
      window.location.hash = routeHash({ page: 'item', id });
    },
    [workspace, t],
  );

  const start = useCallback(
    (file: File) => {
      const mine = ++generation.current;
      setState({ step: 'checking', file: file.name });
      void file
        .text()
        // The checks (JSON locations, migrations, the schema validator) load with the first import.
        .then(async (text) => (await import('./importFile.ts')).readServiceFile(text))
        .then((result) => {
          if (mine !== generation.current) return;
          if (!result.ok) setState({ step: 'problems', file: file.name, problems: result.problems });
          else if (session) setState({ step: 'choice', file: file.name, definition: result.definition, migratedFrom: result.migratedFrom });
          else void createNew(result.definition);
        });
    },
    [session, createNew],
  );

  const replace = (definition: ServiceDefinition) => {
    if (!session) return;
    // The open item keeps its id: it is the key the workspace stores it under and the URL names it by.
    session.store.getState().execute({ type: 'replaceDefinition', definition: { ...definition, id: session.id } });
    setState({ step: 'done', message: t.importReplaced });
  };

  const dropTarget = {
    onDragOver: (event: DragEvent) => {
      if ([...event.dataTransfer.types].includes('Files')) event.preventDefault();
    },
    onDrop: (event: DragEvent) => {
      const file = event.dataTransfer.files[0];
      if (!file) return;
      event.preventDefault();
      start(file);
    },
  };

  return { start, dropTarget, panel: <ImportPanel state={state} lang={lang} onClose={() => setState({ step: 'idle' })} onNew={createNew} onReplace={replace} /> };
}

function ImportPanel({ state, lang, onClose, onNew, onReplace }: {
  state: Step;
  lang: Lang;
  onClose(): void;
  onNew(definition: ServiceDefinition): void;
  onReplace(definition: ServiceDefinition): void;
}) {
  const t = workspaceText(lang);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.step === 'problems' || state.step === 'choice') headingRef.current?.focus();
  }, [state]);

  if (state.step === 'idle') return null;
  if (state.step === 'checking' || state.step === 'done') {
    return (
      <div className="import-panel import-panel--status" role="status">
        <p>{state.step === 'checking' ? t.importChecking : state.message}</p>
        {state.step === 'done' ? <button type="button" className="button" onClick={onClose}>{t.close}</button> : null}
      </div>
    );
  }
  if (state.step === 'problems') {
    return (
      <section className="import-panel import-panel--problems" role="alert" aria-labelledby="import-problems-heading">
        <h2 id="import-problems-heading" tabIndex={-1} ref={headingRef}>{t.importProblemsHeading(state.file)}</h2>
        <p>{t.importProblemsIntro}</p>
        <ol className="import-problems">
          {state.problems.map((problem, index) => (
            <li key={index}>
              {problem.kind === 'syntax' ? (
                <>
                  <span className="import-problems__where">{t.importLineColumn(problem.line, problem.column)}</span>
                  {' '}{problem.message[lang]}
                  {problem.excerpt ? <pre className="import-problems__excerpt">{problem.excerpt}</pre> : null}
                </>
              ) : (
                <>
                  <code className="import-problems__where">{problem.path || t.importWholeFile}</code>
                  {' '}{problem.message[lang]}
                </>
              )}
            </li>
          ))}
        </ol>
        <button type="button" className="button" onClick={onClose}>{t.close}</button>
      </section>
    );
  }
  return (
    <section className="import-panel" role="dialog" aria-labelledby="import-choice-heading">
      <h2 id="import-choice-heading" tabIndex={-1} ref={headingRef}>{t.importChoiceHeading(state.file)}</h2>
      <p>{t.importChoiceIntro(state.definition.meta.name['zh-CN'])}</p>
      {state.migratedFrom !== undefined ? <p>{t.importMigrated(state.migratedFrom)}</p> : null}
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => onReplace(state.definition)}>{t.importReplace}</button>
        <button type="button" className="button" onClick={() => onNew(state.definition)}>{t.importAsNew}</button>
        <button type="button" className="button" onClick={onClose}>{t.cancel}</button>
      </div>
    </section>
  );
}

/** A button that opens the file picker (the input itself stays out of the tab order). */
export function ImportButton({ flow, lang }: { flow: ImportFlow; lang: Lang }) {
  const t = workspaceText(lang);
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>{t.importFile}</button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) flow.start(file);
        }}
      />
    </>
  );
}
