import { useMemo } from 'react';
import type { ServicePackage } from '../../../schemas/index.ts';
import type { Locale } from '../../engine/index.ts';
import type { WorkingCalendar } from '../../engine/calendar/index.ts';
import { chinaDateOf } from '../../engine/calendar/index.ts';
import { formatCivilDate, owedMaterials, type CaseEvent } from '../../engine/case/index.ts';
import '../styles.css';
import './case.css';
import { caseUiStrings } from './strings.ts';

export interface OwedMaterialsProps {
  package: ServicePackage;
  /** The submitted data (payload.data). */
  data: Readonly<Record<string, unknown>>;
  events: readonly CaseEvent[];
  locale?: Locale;
  now?: Date | string;
  calendar?: WorkingCalendar;
  elderMode?: number;
  /** Inside another runtime view (the form's confirmation page): no root of its own (theme, 长辈版, language). */
  embedded?: boolean;
}

/** 容缺后补: what is still owed and by when; 告知承诺: the promises signed. Nothing when there is neither. */
export function OwedMaterials(props: OwedMaterialsProps) {
  const locale = props.locale ?? 'zh-CN';
  const t = caseUiStrings(locale);
  const { owed, promises } = useMemo(
    () => owedMaterials(props.package, props.data, props.events, { locale, ...(props.now ? { now: props.now } : {}), ...(props.calendar ? { calendar: props.calendar } : {}) }),
    [props.package, props.data, props.events, locale, props.now, props.calendar],
  );
  if (owed.length === 0 && promises.length === 0) return null;
  const root = props.embedded ? { className: 'bs-owed' } : { className: 'bs-root bs-owed', lang: locale, 'data-elder': props.elderMode || undefined };
  return (
    <section {...root} aria-label={owed.length > 0 ? t.owedTitle : t.promisesTitle}>
      {owed.length > 0 && (
        <>
          <h2 className="bs-heading-m">{t.owedTitle}</h2>
          <p>{t.owedIntro}</p>
          <ul className="bs-owed__list">
            {owed.map((m) => (
              <li key={m.key}>
                <strong>{m.name}</strong>
                <p>{m.supplied ? <span className="bs-tag bs-tag--done">{m.text}</span> : m.text}</p>
              </li>
            ))}
          </ul>
        </>
      )}
      {promises.length > 0 && (
        <>
          <h2 className="bs-heading-m">{t.promisesTitle}</h2>
          <p>{t.promisesIntro}</p>
          <ul className="bs-owed__list">
            {promises.map((p) => (
              <li key={p.key}>
                <strong>{p.name}</strong>
                <p>{p.text}</p>
                {p.signedAt && <p className="bs-hint">{t.signedAt(formatCivilDate(chinaDateOf(p.signedAt), locale))}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
