import { useMemo, useRef, useState, type FormEvent } from 'react';
import type { ServicePackage } from '../../../schemas/index.ts';
import { indexPackageFields, type Locale, type Prefill } from '../../engine/index.ts';
import { caseText, createCorrectionForm, type CorrectionError, type CorrectionItem, type CorrectionPayload } from '../../engine/case/index.ts';
import { FormContext, fieldInputId, materialInputId, type FormContextValue, type UploadHook } from '../context.ts';
import { ErrorSummary } from '../ErrorSummary.tsx';
import { FieldView } from '../FieldView.tsx';
import { localUpload } from '../FileUpload.tsx';
import { MaterialView } from '../MaterialView.tsx';
import { uiStrings } from '../strings.ts';
import '../styles.css';
import './case.css';
import { caseUiStrings } from './strings.ts';

export interface CorrectionFormProps {
  package: ServicePackage;
  /** The submitted data (payload.data): kept as it is, except the listed items. */
  data: Readonly<Record<string, unknown>>;
  /** The office's list for this round (一次性告知). */
  items: readonly CorrectionItem[];
  round?: number;
  locale?: Locale;
  onSubmit: (payload: CorrectionPayload) => void | Promise<void>;
  upload?: UploadHook;
  prefill?: Prefill;
  elderMode?: number;
}

/**
 * 补正: only the fields and materials the office listed, each with its reason; every other answer is kept. The
 * field and material views are the form's own, over a correction store that refuses changes to anything else.
 * Created once per mount: a new list is a new round (remount with a key).
 */
export function CorrectionForm(props: CorrectionFormProps) {
  const locale = props.locale ?? 'zh-CN';
  const t = uiStrings(locale);
  const c = caseUiStrings(locale);
  const pkg = props.package;
  const initial = useRef({ data: props.data, items: props.items, round: props.round, prefill: props.prefill });
  const correction = useMemo(
    () =>
      createCorrectionForm(pkg, {
        locale,
        data: initial.current.data,
        items: initial.current.items,
        ...(initial.current.round ? { round: initial.current.round } : {}),
        ...(initial.current.prefill ? { prefill: initial.current.prefill } : {}),
      }),
    [pkg, locale],
  );
  const fields = useMemo(() => indexPackageFields(pkg), [pkg]);
  const upload = props.upload ?? localUpload;
  const context: FormContextValue = useMemo(
    () => ({ form: correction.form, pkg, fields, locale, t, upload, now: () => new Date(), ...(initial.current.prefill ? { prefill: initial.current.prefill } : {}) }),
    [correction, pkg, fields, locale, t, upload],
  );
  const [errors, setErrors] = useState<readonly CorrectionError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const targetOf = (error: CorrectionError): string => {
    if (!error.item) return '';
    return error.item.kind === 'field' ? fieldInputId(error.item.id) : materialInputId(error.item.id);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const result = correction.submit();
    if (!result.ok) {
      setErrors(result.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      await props.onSubmit(result.payload);
      setDone(true);
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <div className="bs-root" lang={locale} data-elder={props.elderMode || undefined}>
        <div className="bs-panel" role="status">
          <h1 className="bs-panel__title">{c.correctionDone}</h1>
          <p className="bs-panel__body">{c.correctionDoneBody}</p>
        </div>
      </div>
    );
  }

  return (
    <FormContext.Provider value={context}>
      <div className="bs-root bs-correction" lang={locale} data-elder={props.elderMode || undefined}>
        <form className="bs-form" noValidate onSubmit={(event) => void submit(event)}>
          <h1 className="bs-heading">{c.correctionTitle}</h1>
          {errors.length > 0 && <ErrorSummary items={errors.map((e) => ({ message: e.code === 'closed-invalid' ? c.cannotChange + e.message : e.message, target: targetOf(e) }))} t={t} version={attempt} />}
          <p className="bs-lead">{caseText(locale).correctionAsk(correction.items.length, initial.current.round ?? 1)}</p>
          <ol className="bs-correction__list">
            {correction.items.map((item) => {
              const own = errors.find((e) => e.item?.pointer === item.pointer);
              const material = item.kind === 'material' ? pkg.materials.find((m) => m.key === item.id) : undefined;
              return (
                <li key={item.pointer} className="bs-correction__item">
                  <p className="bs-correction__reason">
                    <strong>{c.reason}</strong>
                    {item.reason}
                  </p>
                  {own && (
                    <p className="bs-error-message">
                      <span className="bs-visually-hidden">{t.errorPrefix}</span>
                      {own.message}
                    </p>
                  )}
                  {item.kind === 'field' ? <FieldView fieldId={item.id} /> : material && <MaterialView material={material} />}
                </li>
              );
            })}
          </ol>
          <p className="bs-hint">{c.keep}</p>
          <button type="submit" className="bs-button" disabled={busy}>
            {c.correctionSubmit}
          </button>
        </form>
      </div>
    </FormContext.Provider>
  );
}
