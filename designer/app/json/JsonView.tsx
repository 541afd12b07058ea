// The JSON view (a centre tab, loaded lazily with Monaco): the open item's definition as formatted JSON, checked
// against schemas/service.schema.json. Edits flow both ways through the one history:
// - typing: after a pause the text is parsed and validated (jsonSync.ts); a valid change becomes ONE
//   replaceDefinition command; an invalid text leaves the document as it was and its problems show above the editor;
// - a change made elsewhere (canvas, inspector, undo) rewrites the editor's text without Monaco undo entries;
// - Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y inside the editor are the store's undo and redo (an edit not applied yet is
//   discarded first), so the canvas and the JSON never have two histories that disagree.
import './json.css';
import { Editor, type OnMount } from '@monaco-editor/react';
import { useContext, useEffect, useRef, useState } from 'react';
import type { ServiceDefinition } from '../../../schemas/index.ts';
import type { SchemaValidator } from '../../model/validateDefinition.ts';
import { editorStrings } from '../editor/strings.ts';
import type { Lang } from '../i18n.ts';
import { selectDocument, type DesignerStore } from '../store/designerStore.ts';
import { DesignerStoreContext, useDesigner } from '../store/useDesigner.ts';
import { standaloneValidator } from '../workspace/importFile.ts';
import { definitionText, minimalEdit, readJsonEdit, type JsonProblem } from './jsonSync.ts';
import { DEFINITION_MODEL_PATH, monaco } from './monaco.ts';

/** How long typing must pause before the text is checked and applied. */
export const PARSE_DELAY_MS = 400;
/** At most this many schema problems are listed above the editor (Monaco marks every one in the text). */
const SHOWN_PROBLEMS = 12;

type CodeEditor = Parameters<OnMount>[0];

/** Text that did not validate, kept when the view closes (tab switch) while the document has not changed since. */
const drafts = new WeakMap<DesignerStore, { readonly text: string; readonly base: ServiceDefinition }>();

function ProblemList({ problems, lang, onGoTo }: { problems: readonly JsonProblem[]; lang: Lang; onGoTo: (line: number, column: number) => void }) {
  const s = editorStrings(lang);
  return (
    <>
      <p className="json-view__invalid">{s.jsonInvalid}</p>
      <ul className="json-view__problems">
        {problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
          <li key={index}>
            {problem.kind === 'syntax' ? (
              <button type="button" className="link-button" onClick={() => onGoTo(problem.line, problem.column)}>
                {s.jsonSyntaxAt(problem.line, problem.column)}
              </button>
            ) : (
              <code className="json-view__pointer">{problem.path || s.jsonWholeDocument}</code>
            )}{' '}
            {problem.message[lang]}
          </li>
        ))}
        {problems.length > SHOWN_PROBLEMS && <li>…</li>}
      </ul>
    </>
  );
}

export default function JsonView({ lang }: { readonly lang: Lang }) {
  const store = useContext(DesignerStoreContext);
  if (!store) throw new Error('JsonView needs a DesignerStoreContext provider');
  const s = editorStrings(lang);
  const definition = useDesigner(selectDocument);
  const [problems, setProblems] = useState<readonly JsonProblem[]>([]);
  const editorRef = useRef<CodeEditor | null>(null);
  /** The document the editor's text stands for, and that text (the user's own formatting after a JSON edit). */
  const synced = useRef<{ doc: ServiceDefinition | undefined; text: string }>({ doc: undefined, text: '' });
  const writing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const validator = useRef<SchemaValidator | undefined>(undefined);
  const [initialText] = useState(() => {
    const present = selectDocument(store.getState());
    const draft = drafts.get(store);
    return draft && draft.base === present ? draft.text : present ? definitionText(present) : '';
  });

  useEffect(() => {
    let live = true;
    void standaloneValidator().then((validate) => {
      if (live) validator.current = validate;
    });
    return () => {
      live = false;
    };
  }, []);

  /** Replaces the editor's text with `text` as one minimal edit that Monaco's undo stack does not record. */
  const writeText = (text: string) => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    const edit = minimalEdit(model.getValue(), text);
    if (!edit) return;
    const start = model.getPositionAt(edit.start);
    const end = model.getPositionAt(edit.end);
    writing.current = true;
    try {
      model.applyEdits([{ range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column), text: edit.text }]);
    } finally {
      writing.current = false;
    }
  };

  const cancelPending = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
  };

  /** Checks the editor's text now: applies it as one command, or shows why it cannot be applied. */
  const apply = (validate: SchemaValidator) => {
    cancelPending();
    const editor = editorRef.current;
    const current = selectDocument(store.getState());
    if (!editor || !current) return;
    const text = editor.getValue();
    if (text === synced.current.text && current === synced.current.doc) {
      setProblems([]);
      drafts.delete(store);
      return;
    }
    const result = readJsonEdit(text, current, validate);
    if (result.kind === 'problems') {
      setProblems(result.problems);
      drafts.set(store, { text, base: current });
      return;
    }
    drafts.delete(store);
    setProblems([]);
    if (result.kind === 'command') {
      synced.current = { doc: result.command.definition, text };
      store.getState().execute(result.command);
    } else {
      synced.current = { doc: current, text };
    }
  };

  const flush = () => {
    if (validator.current) apply(validator.current);
    else void standaloneValidator().then(apply);
  };

  // A change from elsewhere (canvas, inspector, undo/redo): show it, dropping any text not applied.
  useEffect(() => {
    if (!editorRef.current || !definition || definition === synced.current.doc) return;
    cancelPending();
    const text = definitionText(definition);
    synced.current = { doc: definition, text };
    writeText(text);
    setProblems([]);
    drafts.delete(store);
  }, [definition, store]);

  // Leaving the view with a pending edit applies it (or keeps it as a draft) rather than losing it.
  useEffect(
    () => () => {
      if (timer.current !== undefined && validator.current) apply(validator.current);
      cancelPending();
    },
    // On unmount only: apply reads refs.
    [],
  );

  const undoOrDiscard = () => {
    const editor = editorRef.current;
    if (editor && (timer.current !== undefined || editor.getValue() !== synced.current.text)) {
      // Ctrl+Z first takes back the text that was never applied.
      cancelPending();
      writeText(synced.current.text);
      setProblems([]);
      drafts.delete(store);
      return;
    }
    store.getState().undo();
  };

  const redo = () => {
    const editor = editorRef.current;
    if (editor && (timer.current !== undefined || editor.getValue() !== synced.current.text)) return;
    store.getState().redo();
  };

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    const present = selectDocument(store.getState());
    synced.current = { doc: present, text: present ? definitionText(present) : '' };
    const { KeyMod, KeyCode } = monaco;
    editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyZ, undoOrDiscard);
    editor.addCommand(KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, redo);
    editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyY, redo);
    // A kept draft (or a document changed while Monaco loaded) is checked at once.
    if (editor.getValue() !== synced.current.text) flush();
  };

  const onChange = () => {
    if (writing.current) return;
    cancelPending();
    timer.current = setTimeout(flush, PARSE_DELAY_MS);
  };

  const goTo = (lineNumber: number, column: number) => {
    const editor = editorRef.current;
    if (!editor) return;
    editor.setPosition({ lineNumber, column });
    editor.revealPositionInCenter({ lineNumber, column });
    editor.focus();
  };

  return (
    <div className="json-view">
      <p className="json-view__hint">{s.jsonHint}</p>
      <div className={problems.length > 0 ? 'json-view__status json-view__status--invalid' : 'json-view__status'} role="status" aria-live="polite">
        {problems.length > 0 ? <ProblemList problems={problems} lang={lang} onGoTo={goTo} /> : <p className="json-view__valid">{s.jsonValid}</p>}
      </div>
      <div className="json-view__editor">
        <Editor
          path={DEFINITION_MODEL_PATH}
          defaultLanguage="json"
          defaultValue={initialText}
          onMount={onMount}
          onChange={onChange}
          loading={s.loadingEditor}
          options={{
            ariaLabel: s.jsonEditorLabel,
            automaticLayout: true,
            minimap: { enabled: false },
            scrollBeyondLastLine: false,
            tabSize: 2,
            insertSpaces: true,
            fontSize: 13,
            fixedOverflowWidgets: true,
          }}
        />
      </div>
    </div>
  );
}
