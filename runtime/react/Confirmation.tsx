/**
 * The confirmation page (after a submission). What must show at once is here: the heading and the reference, or
 * the retry when the host could not take the submission. The rest (what happens next, approval stages, what is
 * still owed or promised, the 好差评 rating) is AfterSubmission.tsx, loaded on demand: the form starts loading it
 * on the check-your-answers page, so it is normally there when the citizen presses submit. If it cannot load,
 * the reference stays on the page and the citizen is told to note it.
 */
import type { ServicePackage } from '../../schemas/index.ts';
import type { Locale } from '../engine/index.ts';
import type { AfterSubmission as AfterSubmissionView } from './AfterSubmission.tsx';
import type { RatingValue } from './case/Rating.tsx';
import type { Done } from './ServiceForm.tsx';
import { onDemand, useOnDemand } from './onDemand.ts';
import type { UiStrings } from './strings.ts';

/** A 好差评 rating given on the confirmation page, with what identifies the application it rates. */
export interface SubmissionRating extends RatingValue {
  /** When it was given: right after submitting (the rating after completion is the case page's). */
  readonly moment: 'submission';
  readonly reference: string;
  readonly packageId: string;
  readonly version: string;
}

export type RateHook = (rating: SubmissionRating) => void | Promise<void>;

/** The rest of the confirmation page; once loaded (normally on the check-your-answers page), shown in its first render. */
const afterSubmission = onDemand(() => import('./AfterSubmission.tsx').then((module) => module.AfterSubmission));

/** Loads the rest of the confirmation page (once; a failed load is tried again next time). */
export const loadAfterSubmission = (): Promise<typeof AfterSubmissionView> => afterSubmission.load();

interface ConfirmationProps {
  pkg: ServicePackage;
  done: Done;
  t: UiStrings;
  locale: Locale;
  busy: boolean;
  retry: () => void;
  onRate?: RateHook;
}

export function Confirmation({ pkg, done, t, locale, busy, retry, onRate }: ConfirmationProps) {
  const rest = useOnDemand(afterSubmission, !done.failed);
  const View = rest.module;

  if (done.failed) {
    return (
      <>
        <h1 className="bs-heading">{t.submitFailed}</h1>
        <button type="button" className="bs-button" disabled={busy} onClick={retry}>
          {busy ? t.submitting : t.submit}
        </button>
      </>
    );
  }
  return (
    <>
      <div className="bs-panel">
        <h1 className="bs-panel__title">{t.confirmationTitle}</h1>
        <p className="bs-panel__body">
          {t.reference}
          <br />
          <strong className="bs-reference">{done.reference}</strong>
        </p>
      </div>
      {View ? (
        <View pkg={pkg} done={done} t={t} locale={locale} {...(onRate ? { onRate } : {})} />
      ) : rest.failed ? (
        <p>{t.nextUnavailable}</p>
      ) : (
        <p className="bs-hint" role="status">
          {t.nextLoading}
        </p>
      )}
    </>
  );
}
