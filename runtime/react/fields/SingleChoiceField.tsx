import { localText } from '../../engine/index.ts';
import { useFormContext } from '../context.ts';
import type { FieldRendererProps } from './types.ts';

/** Radios (one tap each, every option visible); a select only for long lists, where radios would scroll on. */
export function SingleChoiceField(props: FieldRendererProps) {
  const { locale, t } = useFormContext();
  const options = props.field.options ?? [];
  if (options.length > 12) {
    return (
      <select
        id={props.id}
        aria-labelledby={`${props.id}-legend`}
        className={`bs-select${props.invalid ? ' bs-input--error' : ''}`}
        value={typeof props.value === 'string' ? props.value : ''}
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.describedBy}
        onChange={(event) => props.onChange(event.currentTarget.value || undefined)}
      >
        <option value="">{t.choose}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {localText(option.label, locale)}
          </option>
        ))}
      </select>
    );
  }
  return (
    <div className="bs-radios">
      {options.map((option, index) => {
        const id = index === 0 ? props.id : `${props.id}-${index}`;
        const hint = option.hint ? localText(option.hint, locale) : '';
        return (
          <div className="bs-radios__item" key={option.value}>
            <input
              className="bs-radios__input"
              id={id}
              type="radio"
              name={props.id}
              value={option.value}
              checked={props.value === option.value}
              aria-describedby={hint ? `${id}-hint` : undefined}
              onChange={() => props.onChange(option.value)}
            />
            <label className="bs-radios__label" htmlFor={id}>
              {localText(option.label, locale)}
            </label>
            {hint && (
              <div id={`${id}-hint`} className="bs-hint bs-radios__hint">
                {hint}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
