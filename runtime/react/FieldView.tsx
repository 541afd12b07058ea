import { memo, useCallback } from 'react';
import { localText } from '../engine/index.ts';
import { fieldInputId, useFormContext } from './context.ts';
import { fieldRenderers } from './fields/index.ts';
import { useCommittedError } from './useCommittedError.ts';
import { useField } from './useField.ts';

/**
 * One field: label (or fieldset legend for groups of controls), hint, prefill source, inline error, and the
 * renderer of its type. Subscribes to its own slice only; memo keeps parent re-renders from reaching it.
 */
export const FieldView = memo(function FieldView({ fieldId, asHeading = false }: { fieldId: string; asHeading?: boolean }) {
  const { form, fields, locale, t } = useFormContext();
  const info = fields.get(fieldId);
  const state = useField(form, fieldId);
  const { error, onFocus, onBlur } = useCommittedError(state.error);
  const onChange = useCallback((value: unknown) => form.setValue(fieldId, value), [form, fieldId]);
  if (!info) return null;
  const { field } = info;
  const renderer = fieldRenderers[field.type];
  const id = fieldInputId(fieldId);
  const hint = field.hint ? localText(field.hint, locale) : '';
  const ids = { hint: `${id}-hint`, source: `${id}-source`, error: `${id}-error` };
  const describedBy = [hint ? ids.hint : '', state.prefilledFrom ? ids.source : '', error ? ids.error : ''].filter(Boolean).join(' ') || undefined;
  const label = (
    <>
      {localText(field.label, locale)}
      {!field.required && !asHeading && <span className="bs-optional">{t.optional}</span>}
    </>
  );
  const Renderer = renderer.component;
  const body = (
    <>
      {hint && (
        <div id={ids.hint} className="bs-hint">
          {hint}
        </div>
      )}
      {state.prefilledFrom && (
        <div id={ids.source} className="bs-source">
          {t.prefilledFrom(state.prefilledFrom)}
        </div>
      )}
      {error && (
        <p id={ids.error} className="bs-error-message">
          <span className="bs-visually-hidden">{t.errorPrefix}</span>
          {error.message}
        </p>
      )}
      <Renderer
        field={field}
        fieldId={fieldId}
        id={id}
        value={state.value}
        invalid={error !== undefined}
        describedBy={renderer.group ? undefined : describedBy}
        onChange={onChange}
      />
    </>
  );
  const className = `bs-form-group${error ? ' bs-form-group--error' : ''}`;
  if (renderer.group) {
    return (
      <div className={className} onFocus={onFocus} onBlur={onBlur}>
        <fieldset className="bs-fieldset" aria-describedby={describedBy}>
          <legend id={`${id}-legend`} className={asHeading ? 'bs-fieldset__legend bs-fieldset__legend--heading' : 'bs-fieldset__legend'}>
            {asHeading ? <h1 className="bs-heading">{label}</h1> : label}
          </legend>
          {body}
        </fieldset>
      </div>
    );
  }
  return (
    <div className={className} onFocus={onFocus} onBlur={onBlur}>
      {asHeading ? (
        <h1 className="bs-heading">
          <label className="bs-label bs-label--heading" htmlFor={id}>
            {label}
          </label>
        </h1>
      ) : (
        <label className="bs-label" htmlFor={id}>
          {label}
        </label>
      )}
      {body}
    </div>
  );
});
