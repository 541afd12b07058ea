/** What to call a place in a submission: the label the applicant saw, taken from the package. */
import type { Field, LocalText, ServicePackage } from '../../schemas/index.ts';

import type { Locale } from '../../schemas/localText.ts';
export type { Locale };
export { localText } from '../../schemas/localText.ts';

export interface PlaceInfo {
  readonly label?: LocalText;
  /** The field behind the place, when there is one (its patternMessage, its options). */
  readonly field?: Field;
  readonly kind: 'situation' | 'step' | 'field' | 'material';
}

export interface PlaceMatch {
  readonly place: PlaceInfo;
  /** The part of the pointer below the labelled place ('' when the pointer is the place itself). */
  readonly rest: string;
}

/** JSON pointer → what lives there. Group items are indexed with `*` in place of the item index. */
export function indexPlaces(pkg: ServicePackage): Map<string, PlaceInfo> {
  const places = new Map<string, PlaceInfo>();
  const addFields = (prefix: string, fields: readonly Field[]): void => {
    for (const field of fields) {
      const pointer = `${prefix}/${escape(field.key)}`;
      places.set(pointer, { label: field.label, field, kind: 'field' });
      if (field.type === 'group' && field.fields) addFields(`${pointer}/*`, field.fields);
    }
  };
  for (const node of pkg.flow?.nodes ?? []) {
    if (node.kind === 'situation') {
      places.set(`/${escape(node.key)}`, { label: node.field.label, field: node.field, kind: 'situation' });
    } else if (node.kind === 'step') {
      places.set(`/${escape(node.key)}`, { label: node.title, kind: 'step' });
      addFields(`/${escape(node.key)}`, node.fields);
    }
  }
  for (const material of pkg.materials ?? []) {
    places.set(`/materials/${escape(material.key)}`, { label: material.name, kind: 'material' });
  }
  return places;
}

/** The most specific labelled place at or above `pointer` (array indices match `*`). */
export function placeFor(places: ReadonlyMap<string, PlaceInfo>, pointer: string): PlaceMatch | undefined {
  const segments = pointer.split('/').slice(1);
  for (let n = segments.length; n > 0; n--) {
    const candidate = `/${segments.slice(0, n).map((s) => (/^\d+$/.test(s) ? '*' : s)).join('/')}`;
    const place = places.get(candidate);
    if (place) return { place, rest: segments.slice(n).join('/') };
  }
  return undefined;
}

export function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
