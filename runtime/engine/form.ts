/**
 * The headless form store: what the React layer renders. A hand-written vanilla store (zustand-like:
 * getState / subscribe) plus per-field subscriptions, so typing in one field notifies that field only.
 *
 * The draft (`state.data`) keeps answers of branches the citizen left, so switching back restores them; every
 * derived view (pages, materials, errors) and the submitted payload use the *effective* data, where answers of
 * nodes that are no longer reached are left out.
 */
import type { LocalText, ManifestMaterial, MaterialVariant, PackageNode, ServicePackage } from '../../schemas/index.ts';
import { createReachEvaluator, type ReachEvaluator } from './conditions.ts';
import {
  createAutosaver,
  draftKey,
  microtaskScheduler,
  parseDraft,
  restoreDraft,
  serializeDraft,
  type DraftNotice,
  type DraftStorage,
  type SaveScheduler,
} from './drafts.ts';
import { indexPackageFields, type FieldInfo } from './fields.ts';
import { hasOwn, isJsonObject, valueAt } from './json.ts';
import { localText, type Locale } from './messages.ts';
import { applyPrefill, sharedDataAvailable, type Prefill } from './prefill.ts';
import { validateSubmission, type ValidationError } from './validate.ts';

/**
 * A page of the form: one situation question, one step, a run of materials, the personal material checklist
 * (一次性告知, with the `checklist` option) or the check-your-answers page.
 */
export interface FormPage {
  readonly id: string;
  readonly kind: 'situation' | 'step' | 'checklist' | 'materials' | 'review';
  /** The flow nodes shown on the page (empty for checklist and review). */
  readonly nodeIds: readonly string[];
  /** Heading in the form's locale (question, step title; empty for materials and review: the UI names them). */
  readonly title: string;
}

/** A material this applicant needs, with where it comes from. */
export interface MaterialStatus {
  readonly key: string;
  readonly nodeId: string;
  readonly name: string;
  readonly necessity: ManifestMaterial['necessity'];
  readonly accepts: readonly MaterialVariant[];
  /** The chosen way, once chosen (or preset by prefill). */
  readonly provision?: MaterialVariant;
  /** 免提交: the office obtains it through data sharing; the citizen is not asked for it. */
  readonly exempt: boolean;
  /** Preset by the host (data sharing or a held 电子证照). */
  readonly providedBy?: 'sharedData' | 'eLicence';
  readonly value?: unknown;
}

/** Why the applicant cannot continue: an exit end was reached. */
export interface ExitInfo {
  readonly nodeId: string;
  readonly title: string;
  readonly reason: string;
}

/** The form state. Everything the UI needs; derived parts are recomputed on each change. */
export interface ServiceFormState {
  readonly locale: Locale;
  /** The draft being built; may hold answers of branches no longer taken (kept so switching back restores them). */
  readonly data: Readonly<Record<string, unknown>>;
  /** The data that would be submitted: `data` without answers of nodes that are not reached. */
  readonly effectiveData: Readonly<Record<string, unknown>>;
  readonly page: string;
  readonly visited: readonly string[];
  /** Errors by JSON pointer, only for pages the citizen tried to leave (or all, after a submit attempt). */
  readonly errors: Readonly<Record<string, ValidationError>>;
  readonly status: 'editing' | 'review' | 'submitted' | 'ineligible';
  readonly exit?: ExitInfo;
  readonly pages: readonly FormPage[];
  readonly materials: readonly MaterialStatus[];
  /** `index` is the 0-based position of the current page in `pages`, `total` the number of pages. */
  readonly progress: { readonly index: number; readonly total: number };
  /** Field id → where its value came from (prefill source label). */
  readonly prefilled: Readonly<Record<string, string>>;
  /** Answers of a restored draft that need checking again (package changed) or a note that a draft was unreadable. */
  readonly draftNotices: readonly DraftNotice[];
  /** False while an asynchronous draft load is pending. */
  readonly ready: boolean;
}

/** The state of one field, as a field component needs it. */
export interface FieldState {
  readonly value: unknown;
  readonly error?: ValidationError;
  readonly prefilledFrom?: string;
}

/** A material's provided value. */
export type MaterialValue =
  | { type: 'upload'; files: { id: string; name: string; size: number; mediaType: string }[] }
  | { type: 'eLicence'; licenceId: string }
  | { type: 'sharedData' }
  | { type: 'deferred'; dueDate: string }
  | { type: 'commitment'; signedAt: string }
  | { type: 'paper' };

/** One material in the submitted payload. */
export interface PayloadMaterial {
  readonly key: string;
  readonly name: LocalText;
  readonly provision: MaterialVariant;
  readonly files?: unknown;
  readonly licenceId?: string;
  readonly dueDate?: string;
  readonly signedAt?: string;
}

/** What the host receives on a successful submit. */
export interface SubmissionPayload {
  readonly packageId: string;
  readonly version: string;
  readonly hash: string;
  /** ISO 8601 instant. */
  readonly submittedAt: string;
  readonly data: Record<string, unknown>;
  readonly materials: readonly PayloadMaterial[];
}

/** Outcome of `submit()`. */
export type SubmitResult = { ok: true; payload: SubmissionPayload } | { ok: false; errors: readonly ValidationError[] };

/** Options of `createServiceForm`. */
export interface ServiceFormOptions {
  readonly locale?: Locale;
  readonly storage?: DraftStorage;
  readonly prefill?: Prefill;
  readonly now?: () => Date;
  /** When autosave runs; default: once per microtask, coalescing every change made in the same tick. */
  readonly scheduleSave?: SaveScheduler;
  /**
   * Adds the 一次性告知 page (id 'checklist'): the materials this applicant needs, shown after the situation
   * questions that precede the first step (material pages among them move after it), before any step or
   * materials page. Only when some material applies.
   */
  readonly checklist?: boolean;
}

/** The store. */
export interface ServiceForm {
  getState(): ServiceFormState;
  subscribe(listener: (state: ServiceFormState, previous: ServiceFormState) => void): () => void;
  /** Notified only when this field's value, error or prefill source changes. */
  subscribeField(fieldId: string, listener: (field: FieldState) => void): () => void;
  getField(fieldId: string): FieldState;
  /** Sets an answer; '', [] and undefined remove it (empty answers are never stored). */
  setValue(fieldId: string, value: unknown): void;
  setMaterial(key: string, value: MaterialValue | undefined): void;
  /** Validates the current page; moves on when it has no error. Returns whether it moved. */
  next(): boolean;
  back(): boolean;
  goTo(pageId: string): boolean;
  /** Validates the current page and shows its errors. */
  validatePage(): ValidationError[];
  submit(): SubmitResult;
  /** Settles when an asynchronous draft load has been applied. */
  readonly ready: Promise<void>;
}

const REVIEW = 'review';
const CHECKLIST = 'checklist';

/** Errors are recomputed on each change: compare what the citizen sees, so an unchanged error notifies no one. */
function sameError(a: ValidationError | undefined, b: ValidationError | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.path === b.path && a.code === b.code && a.message === b.message);
}

function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Creates the form store of a package. */
export function createServiceForm(pkg: ServicePackage, options: ServiceFormOptions = {}): ServiceForm {
  const locale: Locale = options.locale ?? 'zh-CN';
  const now = options.now ?? (() => new Date());
  const evaluator: ReachEvaluator = createReachEvaluator(pkg);
  const fields: Map<string, FieldInfo> = indexPackageFields(pkg);
  const nodes = pkg.flow.nodes as PackageNode[];
  const nodeById = new Map(nodes.map((node) => [node.id, node]));
  const manifestByNode = new Map(pkg.materials.map((m) => [m.nodeId, m]));
  const manifestByKey = new Map(pkg.materials.map((m) => [m.key, m]));
  const nodeFieldIds = new Map<string, string[]>();
  for (const info of fields.values()) {
    const list = nodeFieldIds.get(info.nodeId) ?? [];
    list.push(info.id);
    nodeFieldIds.set(info.nodeId, list);
  }

  /** Pages the citizen has tried to leave: their errors are shown. */
  const attempted = new Set<string>();
  let showGlobal = false;
  let returnToReview = false;
  let changedSinceCreate = false;
  let providedMaterials: Record<string, 'sharedData' | 'eLicence'> = {};

  // --- derived views -------------------------------------------------------------------------------------
  const nodeHasData = (node: PackageNode, data: Record<string, unknown>): boolean => {
    if (node.kind === 'situation' || node.kind === 'step') return hasOwn(data, node.key);
    if (node.kind === 'material') return isJsonObject(data.materials) && hasOwn(data.materials, node.key);
    return false;
  };

  /**
   * Answers of unreached nodes left out. Usually nothing is stale and the draft itself is returned (its memo is
   * reused). Otherwise nodes are decided in flow order on the answers kept so far, since conditions read answers
   * given upstream: a stale answer can never decide whether another node is reached.
   *
   * `kept` grows in place, with one reach memo: in flow (topological) order, a node's condition reads only answers
   * of nodes before it (the compiler's SVC021 checks that every answer it reads is given on every path before it),
   * and `{ reached }` names only nodes before it, so an answer kept later never changes a result already memoised.
   * (A copy per kept answer, each with a fresh memo, made every keystroke quadratic once a draft held a stale
   * answer: 20 ms per keystroke at 4,000 nodes.)
   */
  const effectiveOf = (data: Record<string, unknown>): Record<string, unknown> => {
    if (!nodes.some((node) => nodeHasData(node, data) && !evaluator.reached(node.id, data))) return data;
    const kept: Record<string, unknown> = {};
    let keptMaterials: Record<string, unknown> | undefined;
    for (const node of nodes) {
      if (!nodeHasData(node, data) || !evaluator.reached(node.id, kept)) continue;
      if (node.kind === 'material') {
        if (!keptMaterials) kept.materials = keptMaterials = {};
        keptMaterials[node.key] = (data.materials as Record<string, unknown>)[node.key];
      } else if (node.kind === 'situation' || node.kind === 'step') {
        kept[node.key] = data[node.key];
      }
    }
    return kept;
  };

  const materialExempt = (m: ManifestMaterial): boolean => providedMaterials[m.key] === 'sharedData' && sharedDataAvailable(m, options.prefill);

  const pagesOf = (effective: Record<string, unknown>): FormPage[] => {
    const pages: FormPage[] = [];
    let run: string[] | null = null;
    const closeRun = (): void => {
      if (run && run.length > 0) {
        // A run made only of 免提交 materials asks nothing: no page.
        const asks = run.some((id) => {
          const m = manifestByNode.get(id);
          return !m || !materialExempt(m);
        });
        if (asks) pages.push({ id: `materials:${run[0]}`, kind: 'materials', nodeIds: run, title: '' });
      }
      run = null;
    };
    for (const node of nodes) {
      if (!evaluator.reached(node.id, effective)) continue;
      if (node.kind === 'material') {
        (run ??= []).push(node.id);
        continue;
      }
      if (node.kind === 'end') continue;
      closeRun();
      if (node.kind === 'situation') pages.push({ id: node.id, kind: 'situation', nodeIds: [node.id], title: localText(node.field.label, locale) });
      else pages.push({ id: node.id, kind: 'step', nodeIds: [node.id], title: localText(node.title, locale) });
    }
    closeRun();
    if (options.checklist && pkg.materials.some((m) => evaluator.holds(m.reach, effective))) {
      // Situation questions before the first step come first, so the list is complete when shown; material pages
      // among them move after it (no condition reads a material, so their order changes no reachability).
      const firstStep = pages.findIndex((p) => p.kind === 'step');
      const head = pages.splice(0, firstStep === -1 ? pages.length : firstStep);
      pages.unshift(
        ...head.filter((p) => p.kind === 'situation'),
        { id: CHECKLIST, kind: 'checklist', nodeIds: [], title: '' },
        ...head.filter((p) => p.kind !== 'situation'),
      );
    }
    pages.push({ id: REVIEW, kind: 'review', nodeIds: [], title: '' });
    return pages;
  };

  const materialsOf = (effective: Record<string, unknown>): MaterialStatus[] =>
    pkg.materials
      .filter((m) => evaluator.holds(m.reach, effective))
      .map((m) => {
        const value = isJsonObject(effective.materials) ? effective.materials[m.key] : undefined;
        const type = isJsonObject(value) && typeof value.type === 'string' ? (value.type as MaterialVariant) : undefined;
        const providedBy = providedMaterials[m.key];
        return {
          key: m.key,
          nodeId: m.nodeId,
          name: localText(m.name, locale),
          necessity: m.necessity,
          accepts: m.accepts,
          ...(type ? { provision: type } : {}),
          exempt: materialExempt(m),
          ...(providedBy ? { providedBy } : {}),
          ...(value !== undefined ? { value } : {}),
        };
      });

  const exitOf = (effective: Record<string, unknown>): ExitInfo | undefined => {
    for (const node of nodes) {
      if (node.kind === 'end' && node.outcome === 'exit' && evaluator.reached(node.id, effective)) {
        return {
          nodeId: node.id,
          title: localText(node.title, locale),
          reason: node.reason ? localText(node.reason, locale) : '',
        };
      }
    }
    return undefined;
  };

  /** Which page an error belongs to ('' for the whole application). */
  const pageOfPath = (path: string, pages: readonly FormPage[]): string => {
    const segments = path.split('/').slice(1);
    const [head, second] = segments;
    if (head === undefined) return '';
    for (const page of pages) {
      for (const id of page.nodeIds) {
        const node = nodeById.get(id);
        if (!node) continue;
        if ((node.kind === 'situation' || node.kind === 'step') && node.key === head) return page.id;
        if (node.kind === 'material' && head === 'materials' && node.key === second) return page.id;
      }
    }
    return '';
  };

  /**
   * The verdict on the last effective data validated. Deriving the errors, the page's own errors and submit all
   * ask for it on the same data, so a submit validates once, not three times.
   */
  let lastValidation: { data: Record<string, unknown>; result: ReturnType<typeof validateSubmission> } | undefined;
  const validationOf = (effective: Record<string, unknown>): ReturnType<typeof validateSubmission> => {
    if (lastValidation?.data !== effective) lastValidation = { data: effective, result: validateSubmission(pkg, effective, { locale, evaluator }) };
    return lastValidation.result;
  };

  const errorsOf = (effective: Record<string, unknown>, pages: readonly FormPage[]): Record<string, ValidationError> => {
    if (attempted.size === 0 && !showGlobal) return {};
    const result = validationOf(effective);
    const out: Record<string, ValidationError> = {};
    for (const error of result.errors) {
      const page = pageOfPath(error.path, pages);
      const shown = page === '' ? showGlobal : attempted.has(page) || showGlobal;
      if (shown && !hasOwn(out, error.path)) out[error.path] = error;
    }
    return out;
  };

  const derive = (
    base: Pick<ServiceFormState, 'data' | 'page' | 'visited' | 'status' | 'prefilled' | 'draftNotices' | 'ready'> & { exit?: ExitInfo },
  ): ServiceFormState => {
    const data = base.data as Record<string, unknown>;
    const effective = effectiveOf(data);
    const pages = pagesOf(effective);
    const index = Math.max(0, pages.findIndex((p) => p.id === base.page));
    return {
      locale,
      data,
      effectiveData: effective,
      page: base.page,
      visited: base.visited,
      errors: errorsOf(effective, pages),
      status: base.status,
      ...(base.exit ? { exit: base.exit } : {}),
      pages,
      materials: materialsOf(effective),
      progress: { index, total: pages.length },
      prefilled: base.prefilled,
      draftNotices: base.draftNotices,
      ready: base.ready,
    };
  };

  // --- initial state: draft (if sync), then prefill --------------------------------------------------------
  const key = draftKey(pkg);
  let initialData: Record<string, unknown> = {};
  let initialPage = '';
  let initialVisited: string[] = [];
  let notices: DraftNotice[] = [];
  let pendingLoad: Promise<string | null> | null = null;

  const readDraft = (text: string | null): { data: Record<string, unknown>; page: string; visited: string[]; notices: DraftNotice[] } | null => {
    if (text === null) return null;
    const draft = parseDraft(text);
    if (!draft || draft.packageId !== pkg.id) {
      return { data: {}, page: '', visited: [], notices: [{ reason: 'corrupt', label: '', kept: false }] };
    }
    const restored = restoreDraft(pkg, fields, draft, locale);
    return { data: restored.data, page: restored.page, visited: [...restored.visited], notices: [...restored.notices] };
  };

  if (options.storage) {
    let loaded: string | null | Promise<string | null> = null;
    try {
      loaded = options.storage.load(key);
    } catch {
      notices = [{ reason: 'corrupt', label: '', kept: false }];
    }
    if (loaded !== null && typeof loaded === 'object' && typeof (loaded as Promise<string | null>).then === 'function') {
      pendingLoad = loaded as Promise<string | null>;
    } else {
      const restored = readDraft(loaded as string | null);
      if (restored) ({ data: initialData, page: initialPage, visited: initialVisited, notices } = restored);
    }
  }

  const prefill = (data: Record<string, unknown>): { data: Record<string, unknown>; prefilled: Record<string, string> } => {
    const result = applyPrefill(pkg, fields, data, options.prefill, locale);
    providedMaterials = result.providedMaterials;
    return { data: result.data, prefilled: result.prefilled };
  };

  const first = prefill(initialData);
  let state: ServiceFormState = derive({
    data: first.data,
    page: initialPage,
    visited: initialVisited,
    status: 'editing',
    prefilled: first.prefilled,
    draftNotices: notices,
    ready: pendingLoad === null,
  });
  // A restored page that no longer exists (or none): start at the first page.
  if (!state.pages.some((p) => p.id === state.page)) {
    state = derive({ ...state, page: state.pages[0]!.id, visited: state.visited.length ? state.visited : [state.pages[0]!.id] });
  } else if (state.page === REVIEW) {
    state = derive({ ...state, status: 'review' });
  }

  const listeners = new Set<(s: ServiceFormState, p: ServiceFormState) => void>();
  const fieldListeners = new Map<string, Set<(f: FieldState) => void>>();

  /** Field pointer → field id: an error belongs to the field whose pointer is its path or a prefix of it. */
  const fieldByPointer = new Map<string, string>();
  for (const info of fields.values()) fieldByPointer.set(`/${info.path.join('/')}`, info.id);

  /**
   * Each field's error: its own, else the first error inside it (an address part, a group item, a file). Built
   * once per errors object (one pass over the errors), so a field's lookup does not scan every error.
   */
  const fieldErrorIndex = new WeakMap<object, ReadonlyMap<string, ValidationError>>();
  const fieldErrorsOf = (errors: Readonly<Record<string, ValidationError>>): ReadonlyMap<string, ValidationError> => {
    let index = fieldErrorIndex.get(errors);
    if (index) return index;
    const own = new Map<string, ValidationError>();
    const inner = new Map<string, ValidationError>();
    for (const path in errors) {
      const error = errors[path]!;
      for (let prefix = path; prefix.length > 0; prefix = prefix.slice(0, prefix.lastIndexOf('/'))) {
        const fieldId = fieldByPointer.get(prefix);
        if (fieldId === undefined) continue;
        if (prefix === path) {
          if (!own.has(fieldId)) own.set(fieldId, error);
        } else if (!inner.has(fieldId)) inner.set(fieldId, error);
      }
    }
    for (const [fieldId, error] of inner) if (!own.has(fieldId)) own.set(fieldId, error);
    fieldErrorIndex.set(errors, (index = own));
    return index;
  };

  const fieldStateOf = (s: ServiceFormState, fieldId: string): FieldState => {
    const info = fields.get(fieldId);
    if (!info) return { value: undefined };
    const { value } = valueAt(s.data, info.path);
    const error = fieldErrorsOf(s.errors).get(fieldId);
    const prefilledFrom = s.prefilled[fieldId];
    return { value, ...(error ? { error } : {}), ...(prefilledFrom !== undefined ? { prefilledFrom } : {}) };
  };

  /**
   * The fields whose value, error or prefill source differs between two states. `changedFields`, when given, are
   * the only fields whose value may have changed (a setValue); otherwise every listened field's value is compared.
   * Errors are compared by content, so re-deriving an equal error set changes no field.
   */
  const changedFieldsBetween = (previous: ServiceFormState, next: ServiceFormState, changedFields?: readonly string[]): Set<string> => {
    const out = new Set<string>();
    if (previous.data !== next.data) {
      const candidates = changedFields ?? fieldListeners.keys();
      for (const fieldId of candidates) {
        const info = fields.get(fieldId);
        if (info && valueAt(previous.data, info.path).value !== valueAt(next.data, info.path).value) out.add(fieldId);
      }
    }
    if (previous.errors !== next.errors) {
      const before = fieldErrorsOf(previous.errors);
      const after = fieldErrorsOf(next.errors);
      for (const [fieldId, error] of before) if (!sameError(error, after.get(fieldId))) out.add(fieldId);
      for (const fieldId of after.keys()) if (!before.has(fieldId)) out.add(fieldId);
    }
    if (previous.prefilled !== next.prefilled) {
      for (const fieldId in previous.prefilled) if (previous.prefilled[fieldId] !== next.prefilled[fieldId]) out.add(fieldId);
      for (const fieldId in next.prefilled) if (!hasOwn(previous.prefilled, fieldId)) out.add(fieldId);
    }
    return out;
  };

  const autosaver = options.storage
    ? createAutosaver(options.storage, key, options.scheduleSave ?? microtaskScheduler, () =>
        serializeDraft(pkg, fields, { page: state.page, visited: state.visited, data: state.data as Record<string, unknown> }, now()),
      )
    : undefined;

  /** Same errors by content (an equal set keeps the previous object, so selectors and field slices stay put). */
  const sameErrors = (a: Readonly<Record<string, ValidationError>>, b: Readonly<Record<string, ValidationError>>): boolean => {
    if (a === b) return true;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((path) => hasOwn(b, path) && sameError(a[path], b[path]));
  };

  const setState = (next: ServiceFormState, save = true, changedFields?: readonly string[]): void => {
    const previous = state;
    state = sameErrors(previous.errors, next.errors) && previous.errors !== next.errors ? { ...next, errors: previous.errors } : next;
    if (save && autosaver && next.status !== 'submitted') autosaver.request();
    for (const listener of [...listeners]) listener(state, previous);
    if (fieldListeners.size === 0) return;
    for (const fieldId of changedFieldsBetween(previous, state, changedFields)) {
      const set = fieldListeners.get(fieldId);
      if (!set) continue;
      const fieldState = fieldStateOf(state, fieldId);
      for (const listener of [...set]) listener(fieldState);
    }
  };

  const rederive = (
    patch: Partial<Pick<ServiceFormState, 'data' | 'page' | 'visited' | 'status' | 'prefilled' | 'draftNotices' | 'ready'>> & { exit?: ExitInfo | undefined },
    save = true,
    changedFields?: readonly string[],
  ): void => {
    const base = { ...state, ...patch };
    if ('exit' in patch && patch.exit === undefined) delete (base as { exit?: ExitInfo }).exit;
    setState(derive(base), save, changedFields);
  };

  const ready: Promise<void> = pendingLoad
    ? pendingLoad.then(
        (text) => {
          const restored = readDraft(text);
          if (!restored) {
            rederive({ ready: true }, false);
            return;
          }
          // Answers typed while the draft was loading win over the draft's.
          const merged = changedSinceCreate ? { ...restored.data, ...state.data } : restored.data;
          const filled = prefill(merged);
          const pages = pagesOf(effectiveOf(filled.data));
          const page = !changedSinceCreate && pages.some((p) => p.id === restored.page) ? restored.page : state.page;
          rederive(
            {
              data: filled.data,
              prefilled: filled.prefilled,
              page,
              visited: [...new Set([...restored.visited, ...state.visited])],
              draftNotices: restored.notices,
              ready: true,
              status: page === REVIEW ? 'review' : 'editing',
            },
            false,
          );
        },
        () => rederive({ ready: true, draftNotices: [{ reason: 'corrupt', label: '', kept: false }] }, false),
      )
    : Promise.resolve();

  // --- actions ---------------------------------------------------------------------------------------------
  /** `changedFields`: the fields whose value changed (none for a material: no field's value changes). */
  const updateData = (data: Record<string, unknown>, changedFields: string[]): void => {
    changedSinceCreate = true;
    evaluator.carryOver(state.data, data, changedFields);
    // Answers changed after an exit: the citizen is back to editing if the exit no longer holds.
    if (state.status === 'ineligible' && !exitOf(effectiveOf(data))) rederive({ data, status: 'editing', exit: undefined }, true, changedFields);
    else rederive({ data }, true, changedFields);
  };

  const pageErrors = (s: ServiceFormState, pageId: string): ValidationError[] => {
    const result = validationOf(s.effectiveData as Record<string, unknown>);
    return result.errors.filter((e) => pageOfPath(e.path, s.pages) === pageId);
  };

  const moveTo = (pageId: string): void => {
    const visited = state.visited.includes(pageId) ? state.visited : [...state.visited, pageId];
    rederive({ page: pageId, visited, status: pageId === REVIEW ? 'review' : 'editing', exit: undefined });
  };

  const form: ServiceForm = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    subscribeField(fieldId, listener) {
      let set = fieldListeners.get(fieldId);
      if (!set) fieldListeners.set(fieldId, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) fieldListeners.delete(fieldId);
      };
    },
    getField: (fieldId) => fieldStateOf(state, fieldId),
    setValue(fieldId, value) {
      const info = fields.get(fieldId);
      if (!info) throw new RangeError(`setValue: the package has no field ${JSON.stringify(fieldId)}`);
      const [head, tail] = info.path;
      if (head === undefined) return;
      const data: Record<string, unknown> = { ...state.data };
      const remove = isEmptyValue(value);
      if (tail === undefined) {
        if (remove) delete data[head];
        else data[head] = value;
      } else {
        const inner: Record<string, unknown> = isJsonObject(data[head]) ? { ...(data[head] as Record<string, unknown>) } : {};
        if (remove) delete inner[tail];
        else inner[tail] = value;
        if (Object.keys(inner).length === 0) delete data[head];
        else data[head] = inner;
      }
      // A citizen's edit replaces a prefilled value: it no longer came from the source.
      if (hasOwn(state.prefilled, fieldId)) {
        const prefilled = { ...state.prefilled };
        delete prefilled[fieldId];
        state = { ...state, prefilled };
      }
      updateData(data, [fieldId]);
    },
    setMaterial(materialKey, value) {
      if (!manifestByKey.has(materialKey)) throw new RangeError(`setMaterial: the package has no material ${JSON.stringify(materialKey)}`);
      const materials: Record<string, unknown> = isJsonObject(state.data.materials) ? { ...state.data.materials } : {};
      if (value === undefined) delete materials[materialKey];
      else materials[materialKey] = value;
      const data: Record<string, unknown> = { ...state.data, materials };
      if (Object.keys(materials).length === 0) delete data.materials;
      // Material values are read by no condition, so reachability carries over entirely.
      updateData(data, []);
    },
    validatePage() {
      attempted.add(state.page);
      rederive({}, false);
      return pageErrors(state, state.page);
    },
    next() {
      if (state.status === 'submitted') return false;
      const errors = form.validatePage();
      if (errors.length > 0) return false;
      const exit = exitOf(state.effectiveData);
      if (exit) {
        rederive({ status: 'ineligible', exit });
        return false;
      }
      const pages = state.pages;
      const index = pages.findIndex((p) => p.id === state.page);
      let target = pages[index + 1]?.id ?? REVIEW;
      if (returnToReview) {
        // Back from a "Change" link: continue with pages the change added, else straight back to the review.
        const added = pages.slice(index + 1).find((p) => p.id !== REVIEW && !state.visited.includes(p.id));
        target = added?.id ?? REVIEW;
        if (target === REVIEW) returnToReview = false;
      }
      moveTo(target);
      return true;
    },
    back() {
      if (state.status === 'submitted') return false;
      if (state.status === 'ineligible') {
        // Stay on the page whose answer led to the exit, so the citizen can change it.
        rederive({ status: 'editing', exit: undefined });
        return true;
      }
      const pages = state.pages;
      const index = pages.findIndex((p) => p.id === state.page);
      if (index <= 0) return false;
      moveTo(pages[index - 1]!.id);
      return true;
    },
    goTo(pageId) {
      if (state.status === 'submitted' || !state.pages.some((p) => p.id === pageId)) return false;
      returnToReview = state.status === 'review' && pageId !== REVIEW;
      moveTo(pageId);
      return true;
    },
    submit() {
      if (state.status === 'submitted') return { ok: false, errors: [] };
      showGlobal = true;
      for (const page of state.pages) attempted.add(page.id);
      rederive({}, false);
      const effective = state.effectiveData as Record<string, unknown>;
      const result = validationOf(effective);
      if (!result.valid) {
        const exit = exitOf(effective);
        const errorPages = new Set(result.errors.map((e) => pageOfPath(e.path, state.pages)));
        const firstPage = state.pages.find((p) => errorPages.has(p.id))?.id;
        if (exit) rederive({ status: 'ineligible', exit });
        else if (firstPage) moveTo(firstPage);
        return { ok: false, errors: result.errors };
      }
      const given = isJsonObject(effective.materials) ? effective.materials : {};
      const materials: PayloadMaterial[] = [];
      for (const m of pkg.materials) {
        const value = given[m.key];
        if (!isJsonObject(value) || typeof value.type !== 'string') continue;
        const { type, ...rest } = value;
        materials.push({ key: m.key, name: m.name, provision: type as MaterialVariant, ...(rest as Record<string, unknown>) });
      }
      const payload: SubmissionPayload = {
        packageId: pkg.id,
        version: pkg.version,
        hash: pkg.hash,
        submittedAt: now().toISOString(),
        data: effective,
        materials,
      };
      autosaver?.clear();
      rederive({ status: 'submitted' }, false);
      return { ok: true, payload };
    },
    ready,
  };
  return form;
}
