/**
 * The confirmation page below the reference (loaded on demand by Confirmation.tsx): what happens next and the
 * approval stages, the materials still owed under 容缺 and the 告知承诺 signed (the case page's <OwedMaterials>,
 * before acceptance), and the 好差评 rating when the host takes ratings. Its words are the after-submission views'
 * (case/strings.ts).
 */
import { useMemo } from 'react';
import type { ServicePackage } from '../../schemas/index.ts';
import { localText, type Locale } from '../engine/index.ts';
import { OwedMaterials } from './case/OwedMaterials.tsx';
import { Rating } from './case/Rating.tsx';
import { caseUiStrings } from './case/strings.ts';
import type { RateHook } from './Confirmation.tsx';
import { timeLimitText } from './format.ts';
import type { Done } from './ServiceForm.tsx';
import type { UiStrings } from './strings.ts';

export function AfterSubmission({ pkg, done, t, locale, onRate }: { pkg: ServicePackage; done: Done; t: UiStrings; locale: Locale; onRate?: RateHook }) {
  const c = caseUiStrings(locale);
  const guide = pkg.guide;
  const { payload } = done;
  // Before acceptance the case has one event, the submission; due dates are then the ones the citizen was shown.
  const events = useMemo(() => [{ type: 'submitted' as const, at: payload.submittedAt }], [payload.submittedAt]);
  return (
    <>
      <h2 className="bs-heading-m">{c.whatNext}</h2>
      <p>{c.timeLimit(timeLimitText(guide.promisedTimeLimit, guide.caseType, t))}</p>
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
      <OwedMaterials package={pkg} data={payload.data} events={events} locale={locale} now={payload.submittedAt} embedded />
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
