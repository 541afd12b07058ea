// The item editor: toolbar, palette, the canvas or the outline, the inspector and the problems strip, all
// reading one designer store. Undo/redo are bound on the page (not while typing in a field).
import './editor.css';
import { ReactFlowProvider } from '@xyflow/react';
import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Canvas } from '../canvas/Canvas.tsx';
import { useCanvasActions } from '../canvas/useCanvasActions.ts';
import { localText, type Lang } from '../i18n.ts';
import { Inspector } from '../inspector/Inspector.tsx';
import { loadCompiler } from '../store/compiler.ts';
import { selectCanRedo, selectCanUndo, selectDocument, type DesignerStore } from '../store/designerStore.ts';
import { DesignerStoreContext, useDesigner } from '../store/useDesigner.ts';
import { isRedoKey, isTypingTarget, isUndoKey } from './keyboard.ts';
import { Palette } from './Palette.tsx';
import { ProblemsStrip } from './ProblemsStrip.tsx';
import { editorStrings } from './strings.ts';
import { previewStrings } from '../preview/strings.ts';

export interface EditorPageProps {
  readonly store: DesignerStore;
  readonly lang: Lang;
  /**
   * Accepted for hosts without a language switch of their own. The designer shell's header already has one, so
   * the editor does not draw a second button with the same name (two would confuse screen readers and tests).
   */
  readonly onLangChange?: (lang: Lang) => void;
  /** Extra toolbar buttons (export, import …), placed at the toolbar's end. */
  readonly toolbarExtra?: ReactNode;
}

type View = 'canvas' | 'outline' | 'json' | 'compiled' | 'preview' | 'simulate';
const VIEWS: readonly View[] = ['canvas', 'outline', 'json', 'compiled', 'preview', 'simulate'];

// Loaded on first use, each in chunks of its own: Monaco (JSON view) is far larger than the rest of the designer.
const JsonView = lazy(() => import('../json/JsonView.tsx'));
const OutlineView = lazy(() => import('../outline/OutlineView.tsx').then((module) => ({ default: module.OutlineView })));
// The views that show the compiled package render once the compiler (loaded after the first paint) is there too.
const withCompiler = <T,>(view: Promise<T>): Promise<T> => Promise.all([view, loadCompiler()]).then(([module]) => module);
const CompiledView = lazy(() => withCompiler(import('../json/CompiledView.tsx')));
// The citizen runtime (runtime/react) comes with the preview and the simulator only.
const PreviewView = lazy(() => withCompiler(import('../preview/PreviewView.tsx')));
const SimulatorView = lazy(() => withCompiler(import('../preview/SimulatorView.tsx')));

function tabLabel(view: View, s: ReturnType<typeof editorStrings>, lang: Lang): string {
  const p = previewStrings(lang);
  return { canvas: s.canvasTab, outline: s.outlineTab, json: s.jsonTab, compiled: s.compiledTab, preview: p.previewTab, simulate: p.simulateTab }[view];
}

function LazyView({ view, lang }: { view: Exclude<View, 'canvas'>; lang: Lang }) {
  switch (view) {
    case 'outline':
      return <OutlineView lang={lang} />;
    case 'json':
      return <JsonView lang={lang} />;
    case 'compiled':
      return <CompiledView lang={lang} />;
    case 'preview':
      return <PreviewView lang={lang} />;
    case 'simulate':
      return <SimulatorView lang={lang} />;
  }
}

function CentreView({ view, lang }: { view: View; lang: Lang }) {
  const s = editorStrings(lang);
  switch (view) {
    case 'canvas':
      return <Canvas lang={lang} />;
    default:
      return (
        <Suspense fallback={<p className="editor-view__loading">{s.loadingEditor}</p>}>
          <LazyView view={view} lang={lang} />
        </Suspense>
      );
  }
}

function Toolbar({ lang, view, extra }: { lang: Lang; view: View; extra?: ReactNode }) {
  const s = editorStrings(lang);
  const canUndo = useDesigner(selectCanUndo);
  const canRedo = useDesigner(selectCanRedo);
  const name = useDesigner((state) => selectDocument(state)?.meta.name);
  const undo = useDesigner((state) => state.undo);
  const redo = useDesigner((state) => state.redo);
  const actions = useCanvasActions();
  const [layingOut, setLayingOut] = useState(false);

  return (
    <div className="editor-toolbar">
      <h1 className="editor-toolbar__title" tabIndex={-1}>{name ? localText(name, lang) : ''}</h1>
      <div className="editor-toolbar__tools" role="toolbar" aria-label={s.toolbar}>
        <button type="button" onClick={undo} disabled={!canUndo} title={s.undoHint} aria-keyshortcuts="Control+Z">{s.undo}</button>
        <button type="button" onClick={redo} disabled={!canRedo} title={s.redoHint} aria-keyshortcuts="Control+Shift+Z Control+Y">{s.redo}</button>
        <span className="editor-toolbar__separator" aria-hidden="true" />
        <button
          type="button"
          disabled={layingOut}
          aria-busy={layingOut}
          onClick={() => {
            setLayingOut(true);
            actions.autoLayout().finally(() => setLayingOut(false));
          }}
        >
          {layingOut ? s.autoLayoutBusy : s.autoLayout}
        </button>
        <button type="button" onClick={actions.fitView} disabled={view !== 'canvas' && view !== 'simulate'}>{s.fitView}</button>
        {extra && <span className="editor-toolbar__separator" aria-hidden="true" />}
        {extra}
      </div>
    </div>
  );
}

/** The editor page of one item. The store must have the item open. */
export function EditorPage({ store, lang, toolbarExtra }: EditorPageProps) {
  const s = editorStrings(lang);
  const [view, setView] = useState<View>('canvas');
  const inspectorRef = useRef<HTMLDivElement>(null);
  const tabRefs = useRef<Record<View, HTMLButtonElement | null>>({ canvas: null, outline: null, json: null, compiled: null, preview: null, simulate: null });

  // A reveal request (the problems panel) shows the canvas; the canvas centres the nodes and clears the request.
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.reveal && state.reveal !== previous.reveal) setView('canvas');
      }),
    [store],
  );

  // Undo/redo anywhere on the page, except in a text field, where Ctrl+Z belongs to the text.
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      if (isUndoKey(event)) {
        event.preventDefault();
        store.getState().undo();
      } else if (isRedoKey(event)) {
        event.preventDefault();
        store.getState().redo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);

  /** After a keyboard add, the inspector shows the new node: focus its first control so it can be named. */
  const focusInspector = () => {
    // The inspector re-renders for the new selection first; wait for that commit.
    setTimeout(() => {
      const panel = inspectorRef.current;
      if (!panel) return;
      const first = panel.querySelector<HTMLElement>('input:not([disabled]), textarea:not([disabled]), select:not([disabled])');
      (first ?? panel).focus();
    }, 0);
  };

  const onTabKeyDown = (event: KeyboardEvent) => {
    const index = VIEWS.indexOf(view);
    let next: View | undefined;
    if (event.key === 'ArrowRight') next = VIEWS[(index + 1) % VIEWS.length];
    else if (event.key === 'ArrowLeft') next = VIEWS[(index + VIEWS.length - 1) % VIEWS.length];
    else if (event.key === 'Home') next = VIEWS[0];
    else if (event.key === 'End') next = VIEWS[VIEWS.length - 1];
    if (!next) return;
    event.preventDefault();
    setView(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <DesignerStoreContext.Provider value={store}>
      <ReactFlowProvider>
        <div className="editor-page" aria-label={s.editorLabel} role="region">
          <Toolbar lang={lang} view={view} extra={toolbarExtra} />
          <div className="editor-body">
            <aside className="editor-palette">
              <Palette lang={lang} onAdded={focusInspector} />
            </aside>
            <section className="editor-centre" aria-label={s.views}>
              <div className="editor-tabs" role="tablist" aria-label={s.views}>
                {VIEWS.map((tab) => (
                  <button
                    key={tab}
                    ref={(element) => {
                      tabRefs.current[tab] = element;
                    }}
                    type="button"
                    role="tab"
                    id={`editor-tab-${tab}`}
                    aria-selected={view === tab}
                    aria-controls={`editor-panel-${tab}`}
                    tabIndex={view === tab ? 0 : -1}
                    onClick={() => setView(tab)}
                    onKeyDown={onTabKeyDown}
                  >
                    {tabLabel(tab, s, lang)}
                  </button>
                ))}
              </div>
              <div className="editor-view" role="tabpanel" id={`editor-panel-${view}`} aria-labelledby={`editor-tab-${view}`}>
                <CentreView view={view} lang={lang} />
              </div>
            </section>
            {/* The inspector is its own labelled section; this wrapper only receives focus after a keyboard add. */}
            <div className="editor-inspector" ref={inspectorRef} tabIndex={-1}>
              <Inspector lang={lang} />
            </div>
          </div>
          <ProblemsStrip lang={lang} />
        </div>
      </ReactFlowProvider>
    </DesignerStoreContext.Provider>
  );
}
