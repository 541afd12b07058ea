import { memo, startTransition, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { PackageNode, ServicePackage } from '../../schemas/index.ts';
import type { WorkingCalendar } from '../engine/calendar/index.ts';
import {
  createServiceForm,
  indexPackageFields,
  localText,
  type DraftStorage,
  type Locale,
  type Prefill,
  type ServiceForm as Engine,
  type SubmissionPayload,
  type ValidationError,
} from '../engine/index.ts';
import { FormContext, fieldInputId, materialInputId, type DivisionSource, type FormContextValue, type UploadHook } from './context.ts';
import { Confirmation, loadAfterSubmission, type RateHook } from './Confirmation.tsx';
import { ErrorSummary, type SummaryItem } from './ErrorSummary.tsx';
import { FieldView } from './FieldView.tsx';
import { localUpload } from './FileUpload.tsx';
import { chinaDate, referenceOf } from './format.ts';
import { createLocalStorageDrafts } from './localStorageDrafts.ts';
import { createIdleSaveScheduler } from './saveScheduler.ts';
import { MaterialNotice } from './MaterialNotice.tsx';
import { MaterialView } from './MaterialView.tsx';
import { ReviewPage } from './ReviewPage.tsx';
import { uiStrings, type UiStrings } from './strings.ts';
import { useFormState } from './useFormState.ts';
import { settleDeferredDueDates } from './workingCalendar.ts';
import './styles.css';

/** Props of <ServiceForm>. */
export interface ServiceFormProps {
  package: ServicePackage;
  /** Default zh-CN. Changing it starts a new form, restored from the draft when there is storage. */
  locale?: Locale;
  /** Default: localStorage (guarded). null: no drafts. Read once, when the form is created. */
  storage?: DraftStorage | null;
  /** Known data (identity, 电子证照, data sharing). Read once, when the form is created. */
  prefill?: Prefill;
  /** Host upload hook; default: a local random id. Files are never read into the answers. */
  upload?: UploadHook;
  /** Administrative divisions from the host; without it, address codes are typed. */
  divisions?: DivisionSource;
  /** May return (or resolve to) the back end's reference; without one, a reference is derived from the payload. */
  onSubmit?: (payload: SubmissionPayload) => void | { reference?: string } | Promise<void | { reference?: string }>;
  /**
   * 长辈版: larger text and targets, stronger contrast. Set by the host; without it, the citizen's own choice (the
   * 长辈版 toggle in the form's header, remembered in localStorage) applies. The citizen can switch it either way.
   */
  elderMode?: boolean;
  /**
   * 好差评 right after submitting: with it, the confirmation page offers the five-level rating (loaded on demand)
   * and passes the citizen's rating here with the application's reference. Without it, no rating is offered.
   * A rejected promise tells the citizen the rating was not sent and keeps their choices.
   */
  onRate?: RateHook;
  /**
   * The working-day calendar for 容缺 due dates: `createCalendar` from the engine with an administrator's tables.
   * Default: the official tables (2025, 2026), loaded on demand when a page offers a deferrable material.
   */
  calendar?: WorkingCalendar;
  /**
   * The clock: today for 容缺 due dates and the time a 告知承诺 is signed, and the submission time. Default the
   * device's clock; a host may pass its server's time (a device's clock can be wrong). Read once, when the form
   * is created.
   */
  now?: () => Date;
  /** Receives the form's engine when it is created (change and step events of the custom element); may return a cleanup. */
  onForm?: (form: Engine) => void | (() => void);
  className?: string;
}

/** Where each error path sends the citizen: the longest field or material pointer that contains it. */
function errorTargets(pkg: ServicePackage, fields: FormContextValue['fields']): (path: string) => string {
  const targets: [string, string][] = [];
  for (const info of fields.values()) targets.push([`/${info.path.join('/')}`, fieldInputId(info.id)]);
  for (const m of pkg.materials) targets.push([`/materials/${m.key}`, materialInputId(m.key)]);
  targets.sort((a, b) => b[0].length - a[0].length);
  return (path) => targets.find(([pointer]) => path === pointer || path.startsWith(`${pointer}/`))?.[1] ?? '';
}

/** The citizen's 长辈版 choice, through the same guarded storage as drafts. */
const prefs = createLocalStorageDrafts();
const elderKey = 'banshi:elder';

export type Done = { payload: SubmissionPayload; reference?: string; failed?: boolean };

/** Fields painted in the first frame of a long step; the rest follow in a transition (below). */
const FIRST_PAINT_FIELDS = 40;

/**
 * A step's heading, description and fields. Memoised on the node: when the form re-renders (an error summary
 * shown again, a busy flag), the fields are not even visited; each field re-renders from its own subscription.
 * A step longer than a few screens paints its first FIRST_PAINT_FIELDS fields at once and renders the rest in a
 * transition right after, so a cheap phone shows the page without waiting for fields far below; input stays
 * responsive meanwhile (React interrupts the transition for it). Rendered with `key={page.id}`, so each step starts from its first screen.
 */
const StepBody = memo(function StepBody({ node, title, locale }: { node: PackageNode | undefined; title: string; locale: Locale }) {
  const fields = node?.kind === 'step' ? node.fields : [];
  const [shown, setShown] = useState(() => Math.min(fields.length, FIRST_PAINT_FIELDS));
  useEffect(() => {
    if (shown < fields.length) startTransition(() => setShown(fields.length));
  }, [shown, fields.length]);
  return (
    <>
      <h1 className="bs-heading">{title}</h1>
      {node?.kind === 'step' && node.description && <p className="bs-lead">{localText(node.description, locale)}</p>}
      {fields.slice(0, shown).map((field) => (
        <FieldView key={field.id} fieldId={field.id} />
      ))}
    </>
  );
});

/**
 * The citizen form: one page per engine page, GOV.UK patterns (error summary, check your answers, confirmation),
 * elder mode, drafts and prefill. Every administrator-written string is rendered as a text node.
 */
export function ServiceForm(props: ServiceFormProps) {
  const { package: pkg } = props;
  const locale: Locale = props.locale ?? 'zh-CN';
  const t = uiStrings(locale);
  // Storage and prefill are read when the form is created (per package and locale), so a host passing a fresh
  // object on each render does not restart the form.
  const initial = useRef({ storage: props.storage, prefill: props.prefill, now: props.now ?? (() => new Date()) });
  const { form, saves } = useMemo(() => {
    const storage = initial.current.storage === undefined ? createLocalStorageDrafts() : initial.current.storage;
    const prefill = initial.current.prefill;
    const saves = createIdleSaveScheduler();
    const engine: Engine = createServiceForm(pkg, {
      locale,
      checklist: true,
      scheduleSave: saves.schedule,
      now: initial.current.now,
      ...(storage ? { storage } : {}),
      ...(prefill ? { prefill } : {}),
    });
    return { form: engine, saves };
  }, [pkg, locale]);
  // A pending autosave is written when the form goes away (another package or locale, the host unmounting it).
  useEffect(() => () => saves.flush(), [saves]);
  useEffect(() => props.onForm?.(form), [form]);
  // 长辈版: 0 off, 1–3 on with text size 标准/大/特大. The host's prop sets it until the citizen chooses (remembered).
  const [chosen, choose] = useState<number>();
  const elder = chosen ?? (props.elderMode === undefined ? Number(prefs.load(elderKey)) || 0 : +props.elderMode);
  const setElder = (level: number) => {
    choose(level);
    prefs.save(elderKey, String(level));
  };
  const fields = useMemo(() => indexPackageFields(pkg), [pkg]);
  const targetOf = useMemo(() => errorTargets(pkg, fields), [pkg, fields]);
  const upload = props.upload ?? localUpload;
  const context: FormContextValue = useMemo(
    () => ({
      form,
      pkg,
      fields,
      locale,
      t,
      upload,
      now: initial.current.now,
      ...(props.calendar ? { calendar: props.calendar } : {}),
      ...(props.divisions ? { divisions: props.divisions } : {}),
      ...(initial.current.prefill ? { prefill: initial.current.prefill } : {}),
    }),
    [form, pkg, fields, locale, t, upload, props.divisions, props.calendar],
  );

  const view = useFormState(form, (s) => ({
    page: s.page,
    status: s.status,
    index: s.progress.index,
    total: s.progress.total,
    pages: s.pages.map((p) => p.id).join('\n'),
    exit: s.exit?.nodeId,
    ready: s.ready,
    notices: s.draftNotices,
  }));
  const [summary, setSummary] = useState<{ items: SummaryItem[]; version: number } | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [busy, setBusy] = useState(false);
  const [navigated, setNavigated] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const firstPage = useRef(`${view.page}|${view.status}|`);

  // On a new page, focus its heading so screen readers start there (not on the first render: the host's page).
  useEffect(() => {
    const key = `${view.page}|${view.status}|${done ? 'done' : ''}`;
    if (key === firstPage.current) return;
    firstPage.current = key;
    setNavigated(true);
    const heading = root.current?.querySelector('h1');
    if (heading && !root.current?.querySelector('.bs-error-summary')) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [view.page, view.status, done]);

  // The confirmation page's lower part loads while the citizen checks their answers (a failure shows later).
  useEffect(() => {
    if (view.page === 'review') loadAfterSubmission().catch(() => {});
  }, [view.page]);

  const showErrors = (errors: readonly ValidationError[]) => {
    setSummary((previous) => {
      const items = errors.map((e) => ({ message: e.message, target: targetOf(e.path) }));
      // The same problems again: keep the list (the summary only takes focus again), so nothing is re-rendered.
      const same = previous !== null && previous.items.length === items.length && previous.items.every((item, i) => item.message === items[i]!.message && item.target === items[i]!.target);
      return { items: same ? previous.items : items, version: (previous?.version ?? 0) + 1 };
    });
  };

  const deliver = async (payload: SubmissionPayload) => {
    setBusy(true);
    try {
      const result = await props.onSubmit?.(payload);
      setDone({ payload, reference: (result && result.reference) || referenceOf(payload) });
    } catch {
      setDone({ payload, failed: true });
    } finally {
      setBusy(false);
    }
  };

  // Set at once (state updates are not): a second submit while the due dates settle must not send twice.
  const submitting = useRef(false);
  // Whether this form is still the one on screen when the due dates have settled (see submitFromReview).
  const live = useRef({ mounted: false, form });
  useEffect(() => {
    live.current = { mounted: true, form };
    return () => {
      live.current = { mounted: false, form };
    };
  }, [form]);
  const submitFromReview = async () => {
    if (submitting.current) return;
    submitting.current = true;
    setBusy(true);
    let delivering = false;
    try {
      await settleDeferredDueDates(form, pkg, chinaDate(initial.current.now()), props.calendar);
      // Meanwhile (up to a few seconds on a slow network) the citizen may have gone back or opened an answer to
      // change it, or the host may have replaced or removed the form: then nothing is sent.
      if (!live.current.mounted || live.current.form !== form || form.getState().status !== 'review') return;
      const result = form.submit();
      if (result.ok) {
        setSummary(null);
        delivering = true;
        await deliver(result.payload);
        return;
      }
      const after = form.getState();
      if (after.status === 'ineligible') setSummary(null);
      else showErrors(after.page === 'review' ? result.errors : form.validatePage());
    } finally {
      submitting.current = false;
      // deliver clears the flag itself; anything else (an error included) must not leave the button disabled.
      if (!delivering) setBusy(false);
    }
  };

  const onContinue = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const state = form.getState();
    if (state.status === 'review') {
      void submitFromReview();
      return;
    }
    const errors = form.validatePage();
    if (errors.length > 0) {
      showErrors(errors);
      return;
    }
    setSummary(null);
    form.next();
  };

  const back = () => {
    setSummary(null);
    form.back();
  };

  const serviceName = localText(pkg.guide.name, locale);
  const state = form.getState();
  const page = state.pages.find((p) => p.id === state.page);
  const nodes = pkg.flow.nodes as PackageNode[];
  let content;
  if (done) content = (
      <Confirmation pkg={pkg} done={done} t={t} locale={locale} busy={busy} retry={() => void deliver(done.payload)} {...(props.onRate ? { onRate: props.onRate } : {})} />
    );
  else if (!view.ready) content = <p className="bs-hint" role="status">{t.loading}</p>;
  else if (state.status === 'ineligible' && state.exit) {
    content = (
      <>
        <h1 className="bs-heading">{state.exit.title || t.ineligibleTitle}</h1>
        {state.exit.reason && <p className="bs-lead">{state.exit.reason}</p>}
        <button type="button" className="bs-button bs-button--secondary" onClick={back}>
          {t.changeAnswers}
        </button>
      </>
    );
  } else if (page) {
    let body;
    if (page.kind === 'situation') body = <FieldView fieldId={page.nodeIds[0]!} asHeading />;
    else if (page.kind === 'step') {
      body = <StepBody key={page.id} node={nodes.find((n) => n.id === page.nodeIds[0])} title={page.title} locale={locale} />;
    } else if (page.kind === 'checklist') {
      body = (
        <>
          <h1 className="bs-heading">{t.checklistTitle}</h1>
          <p className="bs-lead">{t.checklistIntro}</p>
          <MaterialNotice package={pkg} data={state.effectiveData as Record<string, unknown>} locale={locale} />
          <p className="bs-no-print">
            <button type="button" className="bs-button bs-button--secondary" onClick={() => window.print()}>
              {t.print}
            </button>
          </p>
        </>
      );
    } else if (page.kind === 'materials') {
      const manifest = new Map(pkg.materials.map((m) => [m.nodeId, m]));
      body = (
        <>
          <h1 className="bs-heading">{t.materialsTitle}</h1>
          {page.nodeIds.map((id) => {
            const material = manifest.get(id);
            return material ? <MaterialView key={id} material={material} /> : null;
          })}
        </>
      );
    } else body = <ReviewPage state={state} />;
    content = (
      <form className="bs-form" noValidate onSubmit={onContinue}>
        {body}
        <button type="submit" className="bs-button" disabled={busy}>
          {busy ? t.submitting : page.kind === 'review' ? t.submit : t.continue}
        </button>
      </form>
    );
  }

  const showBack = !done && view.ready && (view.index > 0 || view.status === 'ineligible');
  return (
    <FormContext.Provider value={context}>
      <div ref={root} className={`bs-root${props.className ? ` ${props.className}` : ''}`} data-elder={elder || undefined} lang={locale}>
        <div className="bs-toolbar">
          <button type="button" className="bs-link" aria-pressed={elder > 0} onClick={() => setElder(elder ? 0 : 1)}>
            {t.elder}
          </button>
          {elder > 0 && (
            <button type="button" className="bs-link" onClick={() => setElder((elder % 3) + 1)}>
              {t.textSizes[elder - 1]}
            </button>
          )}
        </div>
        {showBack && (
          <button type="button" className="bs-back-link bs-no-print" onClick={back}>
            {t.back}
          </button>
        )}
        {!done && view.ready && view.status !== 'ineligible' && <p className="bs-caption">{t.progress(view.index + 1, view.total)}</p>}
        {!navigated && view.notices.length > 0 && <DraftBanner notices={view.notices} t={t} />}
        {summary && !done && <ErrorSummary items={summary.items} t={t} version={summary.version} />}
        {!done && view.ready && <p className="bs-caption bs-caption--service">{serviceName}</p>}
        {content}
      </div>
    </FormContext.Provider>
  );
}

function DraftBanner({ notices, t }: { notices: ReturnType<Engine['getState']>['draftNotices']; t: UiStrings }) {
  return (
    <div className="bs-banner" role="region" aria-labelledby="bs-banner-title">
      <h2 id="bs-banner-title" className="bs-banner__title">
        {t.draftTitle}
      </h2>
      {notices.some((n) => n.reason !== 'corrupt') && <p>{t.draftIntro}</p>}
      <ul className="bs-list">
        {notices.map((notice, index) => (
          <li key={`${notice.fieldId ?? ''}-${index}`}>{t.draftNotice[notice.reason](notice.label)}</li>
        ))}
      </ul>
    </div>
  );
}
