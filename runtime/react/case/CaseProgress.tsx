import { useMemo, useState } from 'react';
import type { ServicePackage } from '../../../schemas/index.ts';
import type { Locale } from '../../engine/index.ts';
import type { WorkingCalendar } from '../../engine/calendar/index.ts';
import { computeCase, formatCivilDate, withdraw, type CaseEvent } from '../../engine/case/index.ts';
import '../styles.css';
import './case.css';
import { caseUiStrings } from './strings.ts';

export interface CaseProgressProps {
  package: ServicePackage;
  events: readonly CaseEvent[];
  locale?: Locale;
  /** Today (a Date or 'YYYY-MM-DD'); default the clock. */
  now?: Date | string;
  calendar?: WorkingCalendar;
  /** 1–3: 长辈版 text sizes. */
  elderMode?: number;
  /** Offered only before acceptance; receives the event to record in the case history. */
  onWithdraw?: (event: CaseEvent) => void;
  /** Heading level of the title (default 2: the host page has its own h1). */
  headingLevel?: 1 | 2;
}

/**
 * Where the case is: each approval stage as an ordered list (the current one marked in words and aria-current,
 * not by colour only), the deadline in working days, the 一次性告知 window, and the history.
 */
export function CaseProgress(props: CaseProgressProps) {
  const locale = props.locale ?? 'zh-CN';
  const t = caseUiStrings(locale);
  const options = { locale, ...(props.now ? { now: props.now } : {}), ...(props.calendar ? { calendar: props.calendar } : {}) };
  const view = useMemo(() => computeCase(props.package, props.events, options), [props.package, props.events, locale, props.now, props.calendar]);
  const [confirming, setConfirming] = useState(false);
  const Title = props.headingLevel === 1 ? 'h1' : 'h2';
  const Sub = props.headingLevel === 1 ? 'h2' : 'h3';
  const Stage = props.headingLevel === 1 ? 'h3' : 'h4';
  const closed = ['completed', 'not-accepted', 'refused', 'withdrawn'].includes(view.phase);
  const doWithdraw = () => {
    // The page's "today" when the host set one (a civil date: noon China time), else the clock.
    const now = props.now ?? new Date();
    const at = typeof now === 'string' ? `${now}T12:00:00+08:00` : now.toISOString();
    const result = withdraw(props.package, props.events, at, options);
    setConfirming(false);
    if (result.ok) props.onWithdraw?.(result.event);
  };
  return (
    <section className="bs-root bs-case" lang={locale} data-elder={props.elderMode || undefined} aria-labelledby="bs-case-title">
      <Title id="bs-case-title" className="bs-heading">
        {t.progressTitle}
      </Title>
      <p className="bs-case__status">
        {t.where}
        <strong>{view.phaseText}</strong>
      </p>
      {view.deadline ? <p className="bs-case__deadline">{view.deadline.text}</p> : !closed && <p className="bs-case__deadline">{view.limitText}</p>}
      {view.correctionWindow && <p className="bs-case__note">{view.correctionWindow.text}</p>}
      {view.notes.map((note) => (
        <p key={note} className="bs-case__note">
          {note}
        </p>
      ))}
      <Sub className="bs-heading-m">{t.stagesTitle}</Sub>
      <ol className="bs-timeline">
        {view.stages.map((stage) => (
          <li key={stage.key} className={`bs-timeline__item bs-timeline__item--${stage.status}`} aria-current={stage.status === 'current' ? 'step' : undefined}>
            <span className="bs-timeline__marker" aria-hidden="true">
              {t.marker[stage.status]}
            </span>
            <div className="bs-timeline__body">
              <Stage className="bs-timeline__name">{stage.name}</Stage>
              <p>
                <span className={`bs-tag bs-tag--${stage.status}`}>{stage.statusText}</span> {stage.detail}
              </p>
              {stage.role && (
                <p className="bs-hint">
                  {t.role}
                  {stage.role}
                </p>
              )}
            </div>
          </li>
        ))}
      </ol>
      <Sub className="bs-heading-m">{t.historyTitle}</Sub>
      <ol className="bs-history">
        {view.history.map((entry, index) => (
          <li key={`${entry.at}-${index}`}>
            <time dateTime={entry.date}>{formatCivilDate(entry.date, locale)}</time>
            {entry.text}
            {entry.note && <span className="bs-hint"> {entry.note}</span>}
          </li>
        ))}
      </ol>
      {view.canWithdraw &&
        props.onWithdraw &&
        (confirming ? (
          <div role="group" aria-labelledby="bs-case-withdraw">
            <p id="bs-case-withdraw">{t.withdrawConfirm}</p>
            <button type="button" className="bs-button" onClick={doWithdraw}>
              {t.withdrawYes}
            </button>
            <button type="button" className="bs-button bs-button--secondary" onClick={() => setConfirming(false)}>
              {t.withdrawNo}
            </button>
          </div>
        ) : (
          <button type="button" className="bs-button bs-button--secondary" onClick={() => setConfirming(true)}>
            {t.withdraw}
          </button>
        ))}
    </section>
  );
}
