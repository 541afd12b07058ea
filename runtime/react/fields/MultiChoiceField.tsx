import { localText } from '../../engine/index.ts';
import { useFormContext } from '../context.ts';
import type { FieldRendererProps } from './types.ts';

/** Checkboxes; the stored list keeps the options' order. */
export function MultiChoiceField(props: FieldRendererProps) {
  const { locale } = useFormContext();
  const options = props.field.options ?? [];
  const chosen = Array.isArray(props.value) ? (props.value as unknown[]) : [];
  return (
    <div className="bs-checkboxes">
      {options.map((option, index) => {
        const id = index === 0 ? props.id : `${props.id}-${index}`;
        const hint = option.hint ? localText(option.hint, locale) : '';
        return (
          <div className="bs-checkboxes__item" key={option.value}>
            <input
              className="bs-checkboxes__input"
              id={id}
              type="checkbox"
              name={props.id}
              value={option.value}
              checked={chosen.includes(option.value)}
              aria-describedby={hint ? `${id}-hint` : undefined}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                props.onChange(options.map((o) => o.value).filter((v) => (v === option.value ? on : chosen.includes(v))));
              }}
            />
            <label className="bs-checkboxes__label" htmlFor={id}>
              {localText(option.label, locale)}
            </label>
            {hint && (
              <div id={`${id}-hint`} className="bs-hint bs-checkboxes__hint">
                {hint}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
