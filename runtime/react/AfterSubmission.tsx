/**
 * The confirmation page below the reference (loaded on demand by Confirmation.tsx): what happens next and the
 * approval stages, the materials still owed under 容缺 with their due dates, the 告知承诺 signed, and the 好差评
 * rating when the host takes ratings. Its words are the after-submission views' (case/strings.ts).
 */
import type { ServicePackage } from '../../schemas/index.ts';
import { localText, type Locale } from '../engine/index.ts';
import { Rating } from './case/Rating.tsx';
import { caseUiStrings } from './case/strings.ts';
import type { RateHook } from './Confirmation.tsx';
import { timeLimitText } from './format.ts';
import type { Done } from './ServiceForm.tsx';
import { uiStrings } from './strings.ts';

/** 'YYYY-MM-DDTHH:MM:SS+08:00' as 'YYYY-MM-DD HH:MM' (China time, as signed). */
const signedTime = (at: string): string => at.slice(0, 16).replace('T', ' ');

export function AfterSubmission({ pkg, done, locale, onRate }: { pkg: ServicePackage; done: Done; locale: Locale; onRate?: RateHook }) {
  const c = caseUiStrings(locale);
  const guide = pkg.guide;
  const { payload } = done;
  const owed = payload.materials.filter((m) => m.provision === 'deferred' && m.dueDate);
  const promised = payload.materials.filter((m) => m.provision === 'commitment' && m.signedAt);
  return (
    <>
      <h2 className="bs-heading-m">{c.whatNext}</h2>
      <p>{c.timeLimit(timeLimitText(guide.promisedTimeLimit, guide.caseType, uiStrings(locale)))}</p>
      {guide.promisedTimeLimit.note && <p className="bs-hint">{localText(guide.promisedTimeLimit.note, locale)}</p>}
      {pkg.approvals && (
        <ol className="bs-steps">
          {pkg.approvals.stages.map((stage) => (
            <li key={stage.id}>
              <strong>{localText(stage.name, locale)}</strong>
              {stage.role && <span className="bs-block bs-hint">{localText(stage.role, locale)}</span>}
            </li>
          ))}
        </ol>
      )}
      {owed.length > 0 && (
        <section aria-labelledby="bs-owed-title">
          <h2 id="bs-owed-title" className="bs-heading-m">
            {c.owedTitle}
          </h2>
          <p>{c.owedOnSubmit}</p>
          <ul className="bs-list">
            {owed.map((m) => (
              <li key={m.key}>{c.owedIfAcceptedToday(localText(m.name, locale), m.dueDate!)}</li>
            ))}
          </ul>
        </section>
      )}
      {promised.length > 0 && (
        <section aria-labelledby="bs-promises-title">
          <h2 id="bs-promises-title" className="bs-heading-m">
            {c.promisesTitle}
          </h2>
          <p>{c.promisesOnSubmit}</p>
          <ul className="bs-list">
            {promised.map((m) => (
              <li key={m.key}>{c.promisedItem(localText(m.name, locale), signedTime(m.signedAt!))}</li>
            ))}
          </ul>
        </section>
      )}
      {onRate && (
        <Rating
          locale={locale}
          embedded
          onRate={(rating) => onRate({ ...rating, moment: 'submission', reference: done.reference ?? '', packageId: payload.packageId, version: payload.version })}
        />
      )}
    </>
  );
}
