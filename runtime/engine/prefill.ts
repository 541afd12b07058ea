/**
 * Prefill: data the host already holds about the citizen (identity, 电子证照, data sharing). Prefilled fields
 * carry where their value came from, so the citizen can see it; materials the office fetches itself
 * (sharedData, 免提交) are provided without asking.
 */
import type { ManifestMaterial, ServicePackage } from '../../schemas/index.ts';
import type { FieldInfo } from './fields.ts';
import { hasOwn, isJsonObject } from './json.ts';
import { localText, type Locale } from './messages.ts';

/** What the host knows. */
export interface Prefill {
  /** Values by field id, or by prefill source (e.g. 'identity.name') for fields declaring `prefill.source`. */
  readonly values?: Readonly<Record<string, unknown>>;
  /** 电子证照 the host holds for the citizen: catalog code → licence id. */
  readonly eLicences?: Readonly<Record<string, string>>;
  /** Material keys (or node ids) whose shared data is not available for this citizen, so they must be provided. */
  readonly unavailableSharedData?: readonly string[];
}

/** Result of applying a prefill to submission data. */
export interface PrefillResult {
  readonly data: Record<string, unknown>;
  /** Field id → where its value came from, in the locale (e.g. '身份认证'). */
  readonly prefilled: Record<string, string>;
  /** Material key → how the host provided it. */
  readonly providedMaterials: Record<string, 'sharedData' | 'eLicence'>;
}

/** Whether data sharing provides the material for this citizen (免提交). */
export function sharedDataAvailable(material: ManifestMaterial, prefill: Prefill | undefined): boolean {
  if (!material.accepts.includes('sharedData')) return false;
  const unavailable = prefill?.unavailableSharedData ?? [];
  return !unavailable.includes(material.key) && !unavailable.includes(material.nodeId);
}

/**
 * Fills blanks from the prefill: answers already in `data` (a restored draft) win, because the citizen may have
 * corrected them. Never mutates `data`.
 */
export function applyPrefill(
  pkg: ServicePackage,
  fields: ReadonlyMap<string, FieldInfo>,
  data: Record<string, unknown>,
  prefill: Prefill | undefined,
  locale: Locale,
): PrefillResult {
  const out: Record<string, unknown> = { ...data };
  const prefilled: Record<string, string> = {};
  const providedMaterials: Record<string, 'sharedData' | 'eLicence'> = {};
  if (!prefill) return { data: out, prefilled, providedMaterials };
  const values = prefill.values ?? {};
  for (const info of fields.values()) {
    const source = info.field.prefill?.source;
    let value: unknown;
    if (hasOwn(values, info.id)) value = values[info.id];
    else if (source !== undefined && hasOwn(values, source)) value = values[source];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    const [head, tail] = info.path;
    if (head === undefined) continue;
    if (tail === undefined) {
      if (!hasOwn(out, head)) out[head] = value;
      else continue;
    } else {
      const step = isJsonObject(out[head]) ? { ...(out[head] as Record<string, unknown>) } : {};
      if (hasOwn(step, tail)) continue;
      step[tail] = value;
      out[head] = step;
    }
    prefilled[info.id] = info.field.prefill?.label ? localText(info.field.prefill.label, locale) : (source ?? info.id);
  }
  const materials = isJsonObject(out.materials) ? { ...out.materials } : {};
  let touched = false;
  for (const material of pkg.materials) {
    if (sharedDataAvailable(material, prefill)) {
      // 免提交: the office fetches it, so it is set even over a draft's choice.
      materials[material.key] = { type: 'sharedData' };
      providedMaterials[material.key] = 'sharedData';
      touched = true;
      continue;
    }
    const code = material.eLicence?.catalogCode;
    const licenceId = code !== undefined && prefill.eLicences && hasOwn(prefill.eLicences, code) ? prefill.eLicences[code] : undefined;
    if (licenceId !== undefined && material.accepts.includes('eLicence') && !hasOwn(materials, material.key)) {
      materials[material.key] = { type: 'eLicence', licenceId };
      providedMaterials[material.key] = 'eLicence';
      touched = true;
    }
  }
  if (touched) out.materials = materials;
  return { data: out, prefilled, providedMaterials };
}
