/** Plain-words formatting shared by the form, the guide and the notice. */
import type { ItemMeta, ManifestMaterial, TimeLimit, UploadRule } from '../../schemas/index.ts';
import type { UiStrings } from './strings.ts';

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/heic': 'HEIC',
  'application/ofd': 'OFD',
};
const EXTENSIONS: Record<string, readonly string[]> = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'image/heic': ['.heic'],
  'application/ofd': ['.ofd'],
};

/** The engine's default when a package gives no upload rule (runtime/engine/validate.ts). */
export const DEFAULT_UPLOAD: UploadRule = { accept: ['application/pdf', 'image/jpeg', 'image/png'], maxSizeMB: 10, maxFiles: 1 };

export function typeNames(accept: readonly string[]): string {
  return accept.map((type) => TYPE_NAMES[type] ?? type).join('/');
}

/** The `accept` attribute: media types plus extensions (some phones report no type for HEIC or OFD). */
export function acceptAttribute(accept: readonly string[]): string {
  return accept.flatMap((type) => [type, ...(EXTENSIONS[type] ?? [])]).join(',');
}

/** The media type of a picked file among the accepted ones, by its type or else its extension. */
export function mediaTypeOf(file: { name: string; type: string }, accept: readonly string[]): string | undefined {
  if (accept.includes(file.type)) return file.type;
  const name = file.name.toLowerCase();
  return accept.find((type) => (EXTENSIONS[type] ?? []).some((ext) => name.endsWith(ext)));
}

/** "N 个工作日" / "N 天"; 即办 for an instant item or a zero limit. */
export function timeLimitText(limit: TimeLimit, caseType: ItemMeta['caseType'], t: UiStrings): string {
  if (limit.value === 0 || (caseType === 'instant' && limit.unit === 'working-day' && limit.value <= 1)) return t.guide.instant;
  return t.unit[limit.unit](limit.value);
}

/** How a material may be provided, in plain words, one phrase per accepted way. */
export function waysText(material: ManifestMaterial, t: UiStrings): string[] {
  const out: string[] = [];
  for (const way of material.accepts) {
    if (way === 'upload') {
      const rule = material.upload ?? DEFAULT_UPLOAD;
      out.push(t.wayNotice.upload(typeNames(rule.accept), rule.maxSizeMB));
    } else if (way === 'paper') {
      const copies = t.paperCopies(material.copies?.original, material.copies?.copy);
      out.push(copies ? `${t.wayNotice.paper}（${copies}）` : t.wayNotice.paper);
    } else if (way === 'deferred') out.push(t.wayNotice.deferred(material.deferral?.workingDays ?? 0));
    else out.push(t.wayNotice[way]);
  }
  return out;
}

/** Today's date in China (UTC+8, no daylight saving), as YYYY-MM-DD. */
export function chinaDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** An instant as ISO 8601 with the +08:00 offset, as the commitment's signedAt. */
export function chinaTimestamp(now: Date): string {
  return `${new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}

/** A short, readable reference from any JSON (FNV-1a, two seeds): used when the host gives none. */
export function referenceOf(value: unknown): string {
  const text = JSON.stringify(value) ?? '';
  const hash = (seed: number): string => {
    let h = seed;
    for (let i = 0; i < text.length; i += 1) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).toUpperCase().padStart(8, '0');
  };
  const hex = `${hash(0x811c9dc5)}${hash(0x050c5d1f)}`;
  return `BS-${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;
}
