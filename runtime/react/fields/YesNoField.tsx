import { useFormContext } from '../context.ts';
import type { FieldRendererProps } from './types.ts';

/** Two radios, 是 and 否, stored as true / false. */
export function YesNoField(props: FieldRendererProps) {
  const { t } = useFormContext();
  const choices: [boolean, string][] = [
    [true, t.yes],
    [false, t.no],
  ];
  return (
    <div className="bs-radios bs-radios--inline">
      {choices.map(([answer, label], index) => {
        const id = index === 0 ? props.id : `${props.id}-no`;
        return (
          <div className="bs-radios__item" key={label}>
            <input
              className="bs-radios__input"
              id={id}
              type="radio"
              name={props.id}
              value={String(answer)}
              checked={props.value === answer}
              onChange={() => props.onChange(answer)}
            />
            <label className="bs-radios__label" htmlFor={id}>
              {label}
            </label>
          </div>
        );
      })}
    </div>
  );
}
