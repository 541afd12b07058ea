/**
 * Drafts: the citizen's answers saved through a storage adapter the host supplies (the browser default on
 * localStorage lives in the React layer). A draft is pinned to the package id, version and hash; a draft of an
 * older package is migrated answer by answer and every answer that could not be kept, or needs checking again,
 * is listed — nothing is dropped silently.
 */
import type { Field, LocalText, ServicePackage } from '../../schemas/index.ts';
import type { FieldInfo } from './fields.ts';
import { isJsonObject, valueAt } from './json.ts';
import { localText, type Locale } from './messages.ts';
import { validateFieldValue, validateMaterialValue } from './validate.ts';

/** Where drafts are kept. Sync or async; the engine never touches browser storage itself. */
export interface DraftStorage {
  load(key: string): string | null | Promise<string | null>;
  save(key: string, text: string): void | Promise<void>;
  remove(key: string): void | Promise<void>;
}

/** What a field looked like when the draft was saved, so a later package can tell what changed. */
export interface DraftFieldSnapshot {
  readonly path: readonly string[];
  readonly type: Field['type'];
  readonly label: LocalText;
}

/** The stored draft. */
export interface Draft {
  readonly packageId: string;
  readonly version: string;
  readonly hash: string;
  /** ISO 8601 instant. */
  readonly savedAt: string;
  readonly page: string;
  readonly visited: readonly string[];
  readonly data: Record<string, unknown>;
  /** Field id → snapshot; lets a migration follow renamed keys and name removed fields. */
  readonly fields?: Readonly<Record<string, DraftFieldSnapshot>>;
}

/** Why a saved answer needs the citizen's attention after the package changed (or why the draft was ignored). */
export type DraftNoticeReason = 'removed' | 'type-changed' | 'option-removed' | 'constraints-changed' | 'corrupt';

/** One answer the citizen should look at again. */
export interface DraftNotice {
  readonly reason: DraftNoticeReason;
  /** The field id, or material key for materials; absent for 'corrupt'. */
  readonly fieldId?: string;
  /** The field label (or material name) in the form's locale; the key when the package no longer knows it. */
  readonly label: string;
  /** The answer as saved. */
  readonly previousValue?: unknown;
  /** Whether the answer was kept (constraints-changed, partly removed options) or left out. */
  readonly kept: boolean;
}

/** The storage key of a package's draft. */
export function draftKey(pkg: Pick<ServicePackage, 'id'>): string {
  return `banshi:draft:${pkg.id}`;
}

/** Serialises a draft with a snapshot of the package's fields. */
export function serializeDraft(
  pkg: ServicePackage,
  fields: ReadonlyMap<string, FieldInfo>,
  state: { page: string; visited: readonly string[]; data: Record<string, unknown> },
  savedAt: Date,
): string {
  const snapshot: Record<string, DraftFieldSnapshot> = {};
  for (const info of fields.values()) snapshot[info.id] = { path: info.path, type: info.field.type, label: info.field.label };
  const draft: Draft = {
    packageId: pkg.id,
    version: pkg.version,
    hash: pkg.hash,
    savedAt: savedAt.toISOString(),
    page: state.page,
    visited: state.visited,
    data: state.data,
    fields: snapshot,
  };
  return JSON.stringify(draft);
}

/** Parses stored text; `null` when it is not a draft (bad JSON or wrong shape). Never throws. */
export function parseDraft(text: string): Draft | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isJsonObject(value)) return null;
  const { packageId, version, hash, savedAt, page, visited, data, fields } = value;
  if (typeof packageId !== 'string' || typeof version !== 'string' || typeof hash !== 'string') return null;
  if (typeof savedAt !== 'string' || typeof page !== 'string' || !isJsonObject(data)) return null;
  if (!Array.isArray(visited) || !visited.every((v) => typeof v === 'string')) return null;
  if (fields !== undefined && !isJsonObject(fields)) return null;
  const snapshots: Record<string, DraftFieldSnapshot> = {};
  if (fields) {
    for (const [id, s] of Object.entries(fields)) {
      if (!isJsonObject(s) || !Array.isArray(s.path) || !s.path.every((p) => typeof p === 'string')) return null;
      if (typeof s.type !== 'string' || !isJsonObject(s.label) || typeof s.label['zh-CN'] !== 'string') return null;
      snapshots[id] = { path: s.path as string[], type: s.type as Field['type'], label: s.label as unknown as LocalText };
    }
  }
  return { packageId, version, hash, savedAt, page, visited: visited as string[], data, ...(fields ? { fields: snapshots } : {}) };
}

/** Result of restoring a draft into a (possibly newer) package. */
export interface RestoredDraft {
  readonly data: Record<string, unknown>;
  readonly page: string;
  readonly visited: readonly string[];
  readonly notices: readonly DraftNotice[];
}

function setAt(data: Record<string, unknown>, path: readonly string[], value: unknown): void {
  const [head, tail] = path;
  if (head === undefined) return;
  if (tail === undefined) {
    data[head] = value;
    return;
  }
  const inner = isJsonObject(data[head]) ? (data[head] as Record<string, unknown>) : {};
  inner[tail] = value;
  data[head] = inner;
}

/**
 * Restores a draft. Same package hash: answers, page and visited pages as saved. Another hash or version: each
 * answer is kept when its field still exists (followed by id, so a renamed key is carried over) and the value
 * still has the field's type and options; answers that only break a changed constraint are kept and listed;
 * everything else is listed and left out.
 *
 * When the package says what changed since the draft's version (`pkg.previous.hash === draft.hash`), exactly the
 * answers of changed or removed fields and materials are listed: an unchanged field's answer is kept as saved
 * (even one the citizen had not finished), and a changed one is listed even when it is still valid. A draft older
 * than the previous version falls back to comparing answers with the fields as they are now.
 */
export function restoreDraft(
  pkg: ServicePackage,
  fields: ReadonlyMap<string, FieldInfo>,
  draft: Draft,
  locale: Locale,
): RestoredDraft {
  if (draft.hash === pkg.hash && draft.version === pkg.version) {
    return { data: draft.data, page: draft.page, visited: draft.visited, notices: [] };
  }
  const notices: DraftNotice[] = [];
  const data: Record<string, unknown> = {};
  const changes = pkg.previous && pkg.previous.hash === draft.hash ? pkg.previous.changes : undefined;
  // Changes a citizen's answer does not depend on (a reworded hint, a material's description) are not listed.
  const cosmetic = new Set(['hint', 'text']);
  const matters = (entry: { change: string; details?: readonly string[] }) =>
    entry.change !== 'changed' || !entry.details || entry.details.some((detail) => !cosmetic.has(detail));
  const changedFields = changes && new Set(changes.filter((c) => c.kind === 'field' && matters(c)).map((c) => c.id));
  const changedMaterials = changes && new Set(changes.filter((c) => c.kind === 'material' && matters(c)).map((c) => c.id));
  const consumed = new Set<string>();
  const mark = (path: readonly string[]): void => void consumed.add(path.join('\u0000'));

  // Old fields: by snapshot when the draft has one, else the new package's own paths.
  const oldEntries: { id: string; path: readonly string[]; label: LocalText | undefined }[] = draft.fields
    ? Object.entries(draft.fields).map(([id, s]) => ({ id, path: s.path, label: s.label }))
    : [...fields.values()].map((info) => ({ id: info.id, path: info.path, label: info.field.label }));

  for (const old of oldEntries) {
    const { present, value } = valueAt(draft.data, old.path);
    if (!present) continue;
    mark(old.path);
    const info = fields.get(old.id);
    const label = info ? localText(info.field.label, locale) : old.label ? localText(old.label, locale) : old.id;
    if (!info) {
      notices.push({ reason: 'removed', fieldId: old.id, label, previousValue: value, kept: false });
      continue;
    }
    if (changedFields && !changedFields.has(old.id)) {
      setAt(data, info.path, value);
      continue;
    }
    const errors = validateFieldValue(info.field, value, { locale });
    if (errors.length === 0) {
      setAt(data, info.path, value);
      // The change list says the field changed (its label, whether it is required …): worth a second look.
      if (changedFields) notices.push({ reason: 'constraints-changed', fieldId: old.id, label, previousValue: value, kept: true });
      continue;
    }
    if (errors.some((e) => e.code === 'type' && e.path === '')) {
      notices.push({ reason: 'type-changed', fieldId: old.id, label, previousValue: value, kept: false });
      continue;
    }
    const optionErrors = errors.filter((e) => e.code === 'enum');
    if (optionErrors.length > 0 && info.field.type === 'single-choice') {
      notices.push({ reason: 'option-removed', fieldId: old.id, label, previousValue: value, kept: false });
      continue;
    }
    if (optionErrors.length > 0 && info.field.type === 'multi-choice' && Array.isArray(value)) {
      const options = new Set((info.field.options ?? []).map((o) => o.value));
      const rest = value.filter((item) => typeof item === 'string' && options.has(item));
      if (rest.length > 0) setAt(data, info.path, rest);
      notices.push({ reason: 'option-removed', fieldId: old.id, label, previousValue: value, kept: rest.length > 0 });
      continue;
    }
    // Still the same kind of answer, but e.g. longer than the new limit: keep it so the citizen can adjust it.
    setAt(data, info.path, value);
    notices.push({ reason: 'constraints-changed', fieldId: old.id, label, previousValue: value, kept: true });
  }

  const manifest = new Map(pkg.materials.map((m) => [m.key, m]));
  if (isJsonObject(draft.data.materials)) {
    const materials: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(draft.data.materials)) {
      const entry = manifest.get(key);
      if (!entry) {
        const removed = changes?.find((c) => c.kind === 'material' && c.change === 'removed' && c.key === key);
        notices.push({ reason: 'removed', fieldId: key, label: removed ? localText(removed.label, locale) : key, previousValue: value, kept: false });
        continue;
      }
      const label = localText(entry.name, locale);
      if (changedMaterials && !changedMaterials.has(entry.nodeId)) {
        materials[key] = value;
        continue;
      }
      const errors = validateMaterialValue(entry, value, { locale });
      if (errors.length === 0) {
        materials[key] = value;
        if (changedMaterials) notices.push({ reason: 'constraints-changed', fieldId: key, label, previousValue: value, kept: true });
      }
      else if (errors.some((e) => e.code === 'material-way' || e.code === 'type')) {
        notices.push({ reason: 'option-removed', fieldId: key, label, previousValue: value, kept: false });
      } else {
        materials[key] = value;
        notices.push({ reason: 'constraints-changed', fieldId: key, label, previousValue: value, kept: true });
      }
    }
    if (Object.keys(materials).length > 0) data.materials = materials;
  }

  // Whatever the draft held that no field accounts for is listed too (nothing disappears without a word), named
  // by the change list when it knows the removed field.
  const removedLabel = (path: readonly string[], fallback: string): string => {
    const entry = changes?.find((c) => c.kind === 'field' && c.change === 'removed' && c.path?.join('\u0000') === path.join('\u0000'));
    return entry ? localText(entry.label, locale) : fallback;
  };
  for (const [key, value] of Object.entries(draft.data)) {
    if (key === 'materials') continue;
    if (isJsonObject(value) && !consumed.has(key)) {
      for (const [inner, innerValue] of Object.entries(value)) {
        if (!consumed.has(`${key}\u0000${inner}`)) {
          notices.push({ reason: 'removed', label: removedLabel([key, inner], inner), previousValue: innerValue, kept: false });
        }
      }
    } else if (!consumed.has(key)) {
      notices.push({ reason: 'removed', label: removedLabel([key], key), previousValue: value, kept: false });
    }
  }
  return { data, page: draft.page, visited: draft.visited, notices };
}

/** Runs `task` later; tests pass a fake to control when autosave happens. */
export type SaveScheduler = (task: () => void) => void;

/** Coalesces every change made in the same tick into one save (no DOM timer needed). */
export const microtaskScheduler: SaveScheduler = (task) => {
  void Promise.resolve().then(task);
};

/** A saver that writes at most once per scheduled flush, whatever number of changes came before it. */
export function createAutosaver(storage: DraftStorage, key: string, schedule: SaveScheduler, serialize: () => string) {
  let pending = false;
  let stopped = false;
  return {
    /** Marks the draft dirty; the scheduled flush saves the state at that time. */
    request(): void {
      if (pending || stopped) return;
      pending = true;
      schedule(() => {
        pending = false;
        if (stopped) return;
        // A failing storage (quota, private mode) must not break the form: the draft is a convenience.
        try {
          const result = storage.save(key, serialize());
          if (result && typeof (result as Promise<void>).catch === 'function') (result as Promise<void>).catch(() => undefined);
        } catch {
          /* ignored on purpose */
        }
      });
    },
    /** Stops saving and removes the draft (after a successful submission). */
    clear(): void {
      stopped = true;
      try {
        const result = storage.remove(key);
        if (result && typeof (result as Promise<void>).catch === 'function') (result as Promise<void>).catch(() => undefined);
      } catch {
        /* ignored on purpose */
      }
    },
  };
}
