import { useId, useRef, useState, type FormEvent } from 'react';
import type { Locale } from '../../engine/index.ts';
import '../styles.css';
import './case.css';
import { caseUiStrings, type CaseUiStrings } from './strings.ts';

/** 好差评 levels (国办发〔2019〕51号): 5 非常满意 … 1 非常不满意; 差评 = 1 and 2. */
export type RatingLevel = 1 | 2 | 3 | 4 | 5;
export type RatingReason = keyof CaseUiStrings['reasons'];

export interface RatingValue {
  readonly level: RatingLevel;
  /** The level's name in the rater's locale. */
  readonly label: string;
  /** Chosen reasons, only for 不满意 / 非常不满意. */
  readonly reasons: readonly RatingReason[];
  readonly comment?: string;
}

export interface RatingProps {
  onRate: (rating: RatingValue) => void | Promise<void>;
  locale?: Locale;
  elderMode?: number;
  /** Heading level (default 2). */
  headingLevel?: 1 | 2;
  /**
   * Inside another runtime view (the form's confirmation page): no root of its own, so the host's theme, the
   * 长辈版 setting and the language come from the page around it.
   */
  embedded?: boolean;
}

const LEVELS: RatingLevel[] = [5, 4, 3, 2, 1];
const REASONS: RatingReason[] = ['guide', 'materials', 'waiting', 'attitude', 'system', 'other'];

/**
 * The rating: five levels as a radio group (stars are decoration; the words carry the meaning), reasons to choose
 * from on a low rating, an optional comment, and the host's callback. Voluntary: nothing is preselected.
 */
export function Rating(props: RatingProps) {
  const locale = props.locale ?? 'zh-CN';
  const t = caseUiStrings(locale);
  const id = useId().replace(/:/g, '');
  const [level, setLevel] = useState<RatingLevel>();
  const [reasons, setReasons] = useState<RatingReason[]>([]);
  const [comment, setComment] = useState('');
  const [error, setError] = useState(false);
  const [sent, setSent] = useState<RatingLevel>();
  const [sending, setSending] = useState(false);
  const [failed, setFailed] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const Title = props.headingLevel === 1 ? 'h1' : 'h2';
  const low = level !== undefined && level <= 2;
  const root = props.embedded ? { className: 'bs-rating' } : { className: 'bs-root bs-rating', lang: locale, 'data-elder': props.elderMode || undefined };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (level === undefined) {
      setError(true);
      first.current?.focus();
      return;
    }
    if (sending) return;
    const text = comment.trim();
    setSending(true);
    setFailed(false);
    try {
      await props.onRate({ level, label: t.levels[level - 1]!, reasons: low ? reasons : [], ...(text ? { comment: text } : {}) });
      setSent(level);
    } catch {
      // The host could not take it: say so and keep every choice, so sending again is one press.
      setFailed(true);
    } finally {
      setSending(false);
    }
  };

  if (sent !== undefined) {
    return (
      <section {...root}>
        <p role="status" className="bs-case__deadline">
          {sent <= 2 ? t.thanksLow : t.thanks}
        </p>
      </section>
    );
  }

  return (
    <section {...root} aria-labelledby={`${id}-title`}>
      <Title id={`${id}-title`} className={props.embedded ? 'bs-heading-m' : 'bs-heading'}>
        {t.ratingTitle}
      </Title>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <div className={`bs-form-group${error ? ' bs-form-group--error' : ''}`}>
          <fieldset className="bs-fieldset" aria-describedby={error ? `${id}-error` : undefined}>
            <legend className="bs-fieldset__legend">{t.ratingLegend}</legend>
            {error && (
              <p id={`${id}-error`} className="bs-error-message">
                {t.rateRequired}
              </p>
            )}
            <div className="bs-radios">
              {LEVELS.map((value, index) => (
                <div className="bs-radios__item" key={value}>
                  <input
                    ref={index === 0 ? first : undefined}
                    className="bs-radios__input"
                    id={`${id}-level-${value}`}
                    type="radio"
                    name={`${id}-level`}
                    value={value}
                    checked={level === value}
                    onChange={() => {
                      setLevel(value);
                      setError(false);
                    }}
                  />
                  <label className="bs-radios__label" htmlFor={`${id}-level-${value}`}>
                    {t.levels[value - 1]}
                    <span className="bs-rating__stars" aria-hidden="true">
                      {'★'.repeat(value)}
                    </span>
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        {low && (
          <div className="bs-form-group">
            <fieldset className="bs-fieldset">
              <legend className="bs-fieldset__legend">{t.reasonsLegend}</legend>
              <div className="bs-checkboxes">
                {REASONS.map((reason) => (
                  <div className="bs-checkboxes__item" key={reason}>
                    <input
                      className="bs-checkboxes__input"
                      id={`${id}-reason-${reason}`}
                      type="checkbox"
                      checked={reasons.includes(reason)}
                      onChange={(event) => {
                        const on = event.currentTarget.checked;
                        setReasons((list) => (on ? [...list, reason] : list.filter((r) => r !== reason)));
                      }}
                    />
                    <label className="bs-checkboxes__label" htmlFor={`${id}-reason-${reason}`}>
                      {t.reasons[reason]}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
        )}
        <div className="bs-form-group">
          <label className="bs-label" htmlFor={`${id}-comment`}>
            {t.comment}
          </label>
          <div id={`${id}-comment-hint`} className="bs-hint">
            {t.commentHint}
          </div>
          <textarea
            id={`${id}-comment`}
            className="bs-textarea"
            maxLength={500}
            aria-describedby={`${id}-comment-hint`}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
          />
        </div>
        {failed && (
          <p role="alert" className="bs-error-message">
            {t.rateFailed}
          </p>
        )}
        <button type="submit" className="bs-button" disabled={sending}>
          {sending ? t.rateSending : t.rate}
        </button>
      </form>
    </section>
  );
}
