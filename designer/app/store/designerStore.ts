/**
 * The designer's one store (zustand, vanilla so it can be driven from tests without React). Slices:
 * - document: the open item and its undo history. The only way to change the document is `execute(command)`,
 *   so the canvas, the inspector and the JSON view share one history.
 * - selection: what is selected on the canvas/outline. Never part of the history.
 * Derived data (the compiled package and its diagnostics) is not stored: `selectCompiled` memoises it on the
 * document's identity, which changes exactly when a command changes the document. The compiler itself loads just
 * after the first paint (compiler.ts); `selectCompiled` is undefined until then.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ServiceDefinition } from '../../../schemas/index.ts';
import type { CompileResult } from '../../compiler/index.ts';
import type { EditCommand } from '../../model/commands.ts';
import { canRedo, canUndo, createHistory, execute, redo, undo, type History } from '../../model/history.ts';
import { loadedCompiler, onCompilerLoaded } from './compiler.ts';

export interface Selection {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

export const EMPTY_SELECTION: Selection = { nodes: [], edges: [] };

/**
 * A request to show nodes on the canvas (the problems panel's "reveal"): the editor switches to the canvas and the
 * canvas centres them. `seq` grows with every request, so asking twice for the same node reveals it twice.
 */
export interface RevealRequest {
  readonly nodes: readonly string[];
  readonly seq: number;
}

/**
 * The situation simulator's path: nodes and edges on the path get a highlight, the rest of the applicant flow is
 * dimmed. View state like the selection: never part of the document or the history.
 */
export interface Highlight {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

export interface DesignerState {
  readonly history: History | null;
  readonly selection: Selection;
  /** The latest reveal request; never part of the history. */
  readonly reveal: RevealRequest | null;
  /** Opens an item with a fresh history (opening is not an undoable edit). */
  open(definition: ServiceDefinition): void;
  close(): void;
  execute(command: EditCommand): void;
  undo(): void;
  redo(): void;
  select(selection: Selection): void;
  /** Asks the editor to show these nodes (or stages) on the canvas. */
  requestReveal(nodes: readonly string[]): void;
  /** The canvas has shown the requested nodes. */
  clearReveal(): void;
  /** The simulated path shown on the canvas, or null for none; never part of the history. */
  readonly highlight: Highlight | null;
  setHighlight(highlight: Highlight | null): void;
}

export type DesignerStore = StoreApi<DesignerState>;

/** Drops selected ids that no longer exist, so undoing an addition never leaves a dangling selection. */
function pruneSelection(selection: Selection, definition: ServiceDefinition): Selection {
  const nodeIds = new Set([...definition.flow.nodes.map((n) => n.id), ...(definition.approval?.nodes.map((s) => s.id) ?? [])]);
  const edgeIds = new Set([...definition.flow.edges.map((e) => e.id), ...(definition.approval?.edges.map((e) => e.id) ?? [])]);
  const nodes = selection.nodes.filter((id) => nodeIds.has(id));
  const edges = selection.edges.filter((id) => edgeIds.has(id));
  return nodes.length === selection.nodes.length && edges.length === selection.edges.length ? selection : { nodes, edges };
}

export function createDesignerStore(initial?: ServiceDefinition): DesignerStore {
  const store = buildDesignerStore(initial);
  // `selectCompiled` reads the compiler, loaded after the first paint: when it arrives, every subscriber runs its
  // selectors again (a new state object), so each reader shows the check without a subscription of its own.
  if (!loadedCompiler()) {
    const stop = onCompilerLoaded(() => {
      stop();
      store.setState({});
    });
  }
  return store;
}

function buildDesignerStore(initial?: ServiceDefinition): DesignerStore {
  let revealSeq = 0;
  return createStore<DesignerState>()((set, get) => {
    const moveTo = (history: History) => {
      if (history === get().history) return;
      set({ history, selection: pruneSelection(get().selection, history.present) });
    };
    return {
      history: initial ? createHistory(initial) : null,
      selection: EMPTY_SELECTION,
      reveal: null,
      highlight: null,
      open: (definition) => set({ history: createHistory(definition), selection: EMPTY_SELECTION, reveal: null, highlight: null }),
      close: () => set({ history: null, selection: EMPTY_SELECTION, reveal: null, highlight: null }),
      execute: (command) => {
        const { history } = get();
        if (history) moveTo(execute(history, command));
      },
      undo: () => {
        const { history } = get();
        if (history) moveTo(undo(history));
      },
      redo: () => {
        const { history } = get();
        if (history) moveTo(redo(history));
      },
      select: (selection) => set({ selection }),
      requestReveal: (nodes) => set({ reveal: { nodes, seq: ++revealSeq } }),
      clearReveal: () => set({ reveal: null }),
      setHighlight: (highlight) => set({ highlight }),
    };
  });
}

export const selectDocument = (state: DesignerState): ServiceDefinition | undefined => state.history?.present;
export const selectCanUndo = (state: DesignerState): boolean => (state.history ? canUndo(state.history) : false);
export const selectCanRedo = (state: DesignerState): boolean => (state.history ? canRedo(state.history) : false);

const compiled = new WeakMap<ServiceDefinition, CompileResult>();
let lastCompiled: { document: ServiceDefinition; result: CompileResult } | undefined;

/** Same object, or the same object but for `position` (shallowly: commands replace what they change). */
function sameButPosition<T extends { position: unknown }>(a: T, b: T): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => key === 'position' || (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key]);
}

function sameList<T extends { position: unknown }>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((item, i) => sameButPosition(item, b[i]!));
}

/**
 * Positions never reach the package or the diagnostics, so a document that differs from the last compiled one only
 * in node positions (every drag, every auto layout) reuses that compile instead of paying for a new one.
 */
export function differsOnlyInPositions(a: ServiceDefinition, b: ServiceDefinition): boolean {
  return (
    a.id === b.id && a.version === b.version && a.formatVersion === b.formatVersion && a.meta === b.meta &&
    a.flow.edges === b.flow.edges && sameList(a.flow.nodes, b.flow.nodes) &&
    a.approval?.entry === b.approval?.entry && a.approval?.edges === b.approval?.edges &&
    sameList(a.approval?.nodes, b.approval?.nodes)
  );
}

/**
 * The compiled package and diagnostics of the open document, computed once per document version. Undefined without
 * a document, and while the compiler is still loading (subscribers are told when it arrives: createDesignerStore).
 */
export function selectCompiled(state: DesignerState): CompileResult | undefined {
  const document = state.history?.present;
  const compiler = loadedCompiler();
  if (!document || !compiler) return undefined;
  let result = compiled.get(document);
  if (!result && lastCompiled && differsOnlyInPositions(lastCompiled.document, document)) result = lastCompiled.result;
  if (!result) {
    try {
      result = compiler.compile(document);
    } catch (error) {
      // compile() never throws on schema-valid input; a half-edited document may not be, and the designer must
      // stay usable, so the failure becomes a diagnostic-free result and the UI shows the schema problems instead.
      console.warn('compile failed on an intermediate document', error);
      result = { diagnostics: [] };
    }
  }
  compiled.set(document, result);
  lastCompiled = { document, result };
  return result;
}
