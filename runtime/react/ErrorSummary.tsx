import { memo, useEffect, useRef } from 'react';
import type { UiStrings } from './strings.ts';

export interface SummaryItem {
  readonly message: string;
  /** DOM id of the control to move to, or '' when the problem is with the whole application. */
  readonly target: string;
}

/**
 * The error summary at the top of the page (GOV.UK pattern): takes focus when shown so screen readers announce
 * it; each link moves focus to its control.
 */
export function ErrorSummary({ items, t, version }: { items: readonly SummaryItem[]; t: UiStrings; version: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [version]);
  return (
    <div ref={ref} className="bs-error-summary" role="alert" aria-labelledby="bs-error-summary-title" tabIndex={-1}>
      <h2 id="bs-error-summary-title" className="bs-error-summary__title">
        {t.errorSummaryTitle}
      </h2>
      <SummaryList items={items} />
    </div>
  );
}

/** The links; memoised on the items (ServiceForm keeps the array when a submit finds the same problems). */
const SummaryList = memo(function SummaryList({ items }: { items: readonly SummaryItem[] }) {
  return (
    <ul className="bs-error-summary__list">
      {items.map((item, index) => (
        <li key={`${item.target}-${index}`}>
          {item.target ? (
            <a
              href={`#${item.target}`}
              onClick={(event) => {
                // The root node: the document, or the custom element's shadow root.
                const target = (event.currentTarget.getRootNode() as Document).getElementById(item.target);
                if (!target) return;
                event.preventDefault();
                target.focus();
                target.scrollIntoView?.({ block: 'center' });
              }}
            >
              {item.message}
            </a>
          ) : (
            item.message
          )}
        </li>
      ))}
    </ul>
  );
});
