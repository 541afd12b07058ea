import { memo, useEffect } from 'react';
import type { ManifestMaterial, MaterialVariant } from '../../schemas/index.ts';
import { localText, type MaterialValue } from '../engine/index.ts';
import { materialInputId, useFormContext } from './context.ts';
import { FileUpload, type FileRef } from './FileUpload.tsx';
import { chinaDate, chinaTimestamp } from './format.ts';
import { useCommittedError } from './useCommittedError.ts';
import { useMaterial } from './useMaterial.ts';
import { addWeekdays, useWorkingCalendar } from './workingCalendar.ts';

/** The ways a citizen may choose for a material (e-licence only when the host holds one). */
function choosableWays(material: ManifestMaterial, heldLicence: string | undefined, sharedUnavailable: boolean): MaterialVariant[] {
  return material.accepts.filter((way) => (way === 'eLicence' ? heldLicence !== undefined : way === 'sharedData' ? !sharedUnavailable : true));
}

/** One material of a materials page: how it will be provided, and what that way needs (file, promise, date). */
export const MaterialView = memo(function MaterialView({ material }: { material: ManifestMaterial }) {
  const { form, t, locale, prefill, now, calendar } = useFormContext();
  const slice = useMaterial(form, material.key);
  const committed = useCommittedError(slice.error === undefined ? undefined : { code: 'required', path: '', message: slice.error, messageKey: 'required.material' });
  const error = committed.error?.message;
  const id = materialInputId(material.key);
  const name = localText(material.name, locale);
  const value = (typeof slice.value === 'object' && slice.value !== null ? slice.value : {}) as Partial<Record<string, unknown>> & { type?: MaterialVariant };
  const code = material.eLicence?.catalogCode;
  const heldLicence = code !== undefined ? prefill?.eLicences?.[code] : undefined;
  const unavailable = prefill?.unavailableSharedData ?? [];
  const ways = choosableWays(material, heldLicence ?? (value.type === 'eLicence' ? String(value.licenceId) : undefined), unavailable.includes(material.key) || unavailable.includes(material.nodeId));
  const set = (next: MaterialValue | undefined) => form.setMaterial(material.key, next);
  const description = material.description ? localText(material.description, locale) : '';
  const criteria = material.acceptanceCriteria ? localText(material.acceptanceCriteria, locale) : '';
  const deferralDays = material.deferral?.workingDays ?? 0;
  const workingDays = useWorkingCalendar(material.accepts.includes('deferred'), calendar);
  /** 容缺: the date the material would be due if the office accepted the application today. */
  const due = (today: string) => (workingDays.addWorkingDays ? workingDays.addWorkingDays(today, deferralDays) : { date: addWeekdays(today, deferralDays), fallbackYears: [] });
  const deferredDue = value.type === 'deferred' && !slice.exempt ? due(chinaDate(now())) : undefined;
  // A draft from an earlier day, or a date counted before the tables loaded: the stored date follows today's.
  const staleDue = deferredDue !== undefined && (workingDays.addWorkingDays || workingDays.failed) && value.dueDate !== deferredDue.date;
  useEffect(() => {
    if (staleDue) form.setMaterial(material.key, { type: 'deferred', dueDate: deferredDue.date });
  }, [staleDue, deferredDue?.date, form, material.key]);

  if (slice.exempt) {
    return (
      <section className="bs-material" aria-labelledby={`${id}-name`}>
        <h2 id={`${id}-name`} className="bs-heading-m">{name}</h2>
        <p className="bs-tag bs-tag--done">{t.way.sharedData}</p>
      </section>
    );
  }

  const choose = (way: MaterialVariant) => {
    if (way === 'sharedData' || way === 'paper') set({ type: way });
    else if (way === 'upload') set({ type: 'upload', files: [] });
    else if (way === 'commitment') set({ type: 'commitment' } as MaterialValue);
    // Until the tables have loaded this is Monday to Friday; the effect above moves it to the calendar's date.
    else if (way === 'deferred') set({ type: 'deferred', dueDate: due(chinaDate(now())).date });
    else if (way === 'eLicence' && heldLicence !== undefined) set({ type: 'eLicence', licenceId: heldLicence });
  };

  const label = (way: MaterialVariant): string => {
    if (way === 'eLicence') return material.eLicence?.name ? t.way.eLicenceWith(localText(material.eLicence.name, locale)) : t.way.eLicence;
    if (way === 'sharedData') return t.way.sharedDataChoice;
    return t.way[way];
  };

  const reveal = (way: MaterialVariant) => {
    if (value.type !== way) return null;
    if (way === 'upload') {
      return (
        <FileUpload
          id={`${id}-file`}
          label={name}
          rule={material.upload}
          files={Array.isArray(value.files) ? (value.files as FileRef[]) : []}
          context={{ materialKey: material.key }}
          invalid={error !== undefined}
          describedBy={error ? `${id}-error` : undefined}
          onFiles={(files) => set({ type: 'upload', files })}
        />
      );
    }
    if (way === 'commitment') {
      const signedAt = typeof value.signedAt === 'string' ? value.signedAt : undefined;
      return (
        <div className="bs-commitment">
          <p className="bs-commitment__text">{material.commitment ? localText(material.commitment.text, locale) : ''}</p>
          <div className="bs-checkboxes__item">
            <input
              id={`${id}-promise`}
              className="bs-checkboxes__input"
              type="checkbox"
              checked={signedAt !== undefined}
              onChange={(event) => set(event.currentTarget.checked ? { type: 'commitment', signedAt: chinaTimestamp(now()) } : ({ type: 'commitment' } as MaterialValue))}
            />
            <label className="bs-checkboxes__label" htmlFor={`${id}-promise`}>
              {t.commitmentRead}
            </label>
          </div>
        </div>
      );
    }
    if (way === 'deferred' && typeof value.dueDate === 'string') {
      // While the holiday tables load (a moment, longer on a slow network) no date is shown rather than a
      // Monday-to-Friday one that may be wrong; it appears once counted, or with a caveat if they cannot load.
      if (!workingDays.addWorkingDays && !workingDays.failed) return <p className="bs-hint">{t.deferredWithin(deferralDays)}</p>;
      const years = deferredDue?.fallbackYears ?? [];
      // Say how the date was counted only once that is known: exactly, Monday to Friday, or past the published tables.
      const counted = workingDays.failed ? t.deferredWeekdays : years.length ? t.deferredNoTable(years.join(locale === 'en' ? ', ' : '、')) : workingDays.addWorkingDays ? t.deferredExact : '';
      return (
        <p className="bs-hint">
          {t.deferredDue(workingDays.formatDate ? workingDays.formatDate(value.dueDate, locale) : value.dueDate, deferralDays)}
          {/* Chinese sentences follow one another without a space; English ones take one. */}
          {counted && `${locale === 'en' ? ' ' : ''}${counted}`}
        </p>
      );
    }
    return null;
  };

  return (
    <div className={`bs-form-group bs-material${error ? ' bs-form-group--error' : ''}`} onFocus={committed.onFocus} onBlur={committed.onBlur}>
      <fieldset className="bs-fieldset" aria-describedby={[description ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}>
        <legend className="bs-fieldset__legend">
          <h2 className="bs-heading-m">{name}</h2>
        </legend>
        {(description || criteria) && (
          <div id={`${id}-hint`} className="bs-hint">
            {description}
            {description && criteria ? ' ' : ''}
            {criteria}
          </div>
        )}
        {error && (
          <p id={`${id}-error`} className="bs-error-message">
            <span className="bs-visually-hidden">{t.errorPrefix}</span>
            {error}
          </p>
        )}
        <div className="bs-radios">
          {ways.map((way, index) => {
            const wayId = index === 0 ? id : `${id}-${way}`;
            return (
              <div className="bs-radios__item" key={way}>
                <input className="bs-radios__input" id={wayId} type="radio" name={id} value={way} checked={value.type === way} onChange={() => choose(way)} />
                <label className="bs-radios__label" htmlFor={wayId}>
                  {label(way)}
                </label>
                {value.type === way && <div className="bs-radios__conditional">{reveal(way)}</div>}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
});
