/**
 * 补正 mode: the form store opened on a submitted application with only the items the office listed. Every other
 * answer is loaded as it was and cannot be changed through this store (setValue / setMaterial throw); the citizen
 * changes the listed items, and the resubmitted payload carries the full data plus the round's items.
 *
 * The store is a ServiceForm, so runtime/react's field and material views render it unchanged.
 */
import type { ServicePackage } from '../../../schemas/index.ts';
import { createServiceForm, type MaterialValue, type ServiceForm, type ServiceFormOptions, type SubmissionPayload } from '../form.ts';
import { indexPackageFields } from '../fields.ts';
import { isJsonObject, valueAt } from '../json.ts';
import type { Locale } from '../messages.ts';
import { validateSubmission } from '../validate.ts';
import { resolveCorrectionItems, type CorrectionItem, type ResolvedCorrectionItem } from './case.ts';

export interface CorrectionOptions extends Pick<ServiceFormOptions, 'prefill' | 'now'> {
  readonly locale?: Locale;
  /** The submitted data (the payload's `data`). */
  readonly data: Readonly<Record<string, unknown>>;
  /** The office's list for this round. */
  readonly items: readonly CorrectionItem[];
  /** The round number, recorded in the payload. */
  readonly round?: number;
}

/** A problem that blocks the resubmission, by item (or by pointer for data the citizen cannot change here). */
export interface CorrectionError {
  readonly code: 'unchanged' | 'invalid' | 'closed-invalid';
  readonly pointer: string;
  readonly message: string;
  /** The listed item it belongs to; absent for 'closed-invalid'. */
  readonly item?: ResolvedCorrectionItem;
}

export interface CorrectionPayload extends SubmissionPayload {
  readonly correction: { readonly round: number; readonly items: readonly ResolvedCorrectionItem[] };
}

export type CorrectionResult = { ok: true; payload: CorrectionPayload } | { ok: false; errors: readonly CorrectionError[] };

export interface CorrectionForm {
  /** The store for the field and material views: only the listed items can be changed. */
  readonly form: ServiceForm;
  readonly items: readonly ResolvedCorrectionItem[];
  /** Listed items the package does not have (the office's list was wrong): shown, not editable. */
  readonly unknown: readonly CorrectionItem[];
  isOpen(kind: 'field' | 'material', id: string): boolean;
  submit(): CorrectionResult;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function createCorrectionForm(pkg: ServicePackage, options: CorrectionOptions): CorrectionForm {
  const locale = options.locale ?? 'zh-CN';
  const en = locale === 'en';
  const { items, unknown } = resolveCorrectionItems(pkg, options.items, locale);
  const openFields = new Set(items.filter((i) => i.kind === 'field').map((i) => i.id));
  const openMaterials = new Set(items.filter((i) => i.kind === 'material').map((i) => i.id));
  const inner = createServiceForm(pkg, { locale, ...(options.prefill ? { prefill: options.prefill } : {}), ...(options.now ? { now: options.now } : {}) });
  const fields = indexPackageFields(pkg);
  // Load the submission as it was, in flow order (conditions read answers given upstream).
  for (const info of fields.values()) {
    const { present, value } = valueAt(options.data, info.path);
    if (present) inner.setValue(info.id, value);
  }
  const materials = isJsonObject(options.data.materials) ? options.data.materials : {};
  for (const [key, value] of Object.entries(materials)) inner.setMaterial(key, value as MaterialValue);
  const original = JSON.parse(JSON.stringify(inner.getState().effectiveData)) as Record<string, unknown>;

  const form: ServiceForm = {
    ...inner,
    setValue(fieldId, value) {
      if (!openFields.has(fieldId)) throw new RangeError(`correction: ${fieldId} is not on the office's list and cannot be changed`);
      inner.setValue(fieldId, value);
    },
    setMaterial(key, value) {
      if (!openMaterials.has(key)) throw new RangeError(`correction: material ${key} is not on the office's list and cannot be changed`);
      inner.setMaterial(key, value);
    },
  };

  const valueOf = (data: Readonly<Record<string, unknown>>, pointer: string) => valueAt(data, pointer.split('/').slice(1)).value;

  return {
    form,
    items,
    unknown,
    isOpen: (kind, id) => (kind === 'field' ? openFields : openMaterials).has(id),
    submit() {
      const current = inner.getState().effectiveData;
      const errors: CorrectionError[] = [];
      for (const item of items) {
        if (same(valueOf(current, item.pointer), valueOf(original, item.pointer))) {
          errors.push({
            code: 'unchanged',
            pointer: item.pointer,
            item,
            message: en ? `${item.label}: change it as the office asked (${item.reason})` : `${item.label}：请按补正原因修改（${item.reason}）`,
          });
        }
      }
      if (inner.getState().status === 'submitted') return { ok: false, errors };
      // Validate without submitting, so a refused attempt leaves the store open for the next one.
      const verdict = validateSubmission(pkg, current, { locale });
      for (const error of verdict.errors) {
        const item = items.find((i) => error.path === i.pointer || error.path.startsWith(`${i.pointer}/`));
        if (errors.some((e) => e.pointer === (item?.pointer ?? error.path))) continue;
        errors.push(item ? { code: 'invalid', pointer: item.pointer, item, message: error.message } : { code: 'closed-invalid', pointer: error.path, message: error.message });
      }
      if (errors.length > 0) return { ok: false, errors };
      const result = inner.submit();
      if (!result.ok) return { ok: false, errors: result.errors.map((e) => ({ code: 'closed-invalid' as const, pointer: e.path, message: e.message })) };
      return { ok: true, payload: { ...result.payload, correction: { round: options.round ?? 1, items } } };
    },
  };
}
