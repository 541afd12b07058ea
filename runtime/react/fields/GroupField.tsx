import type { Field } from '../../../schemas/index.ts';
import { normalizeResidentId } from '../../../schemas/formats/index.ts';
import { localText } from '../../engine/index.ts';
import { useFormContext } from '../context.ts';
import { parseNumber } from './NumberField.tsx';
import { TextInput } from './TextInput.tsx';
import type { FieldRendererProps } from './types.ts';

type Item = Record<string, unknown>;

/** One control of a group item: the plain input of its type (groups hold simple fields). */
function ItemControl(props: { field: Field; id: string; value: unknown; onChange: (value: unknown) => void }) {
  const { locale, t } = useFormContext();
  const { field } = props;
  if (field.type === 'single-choice' || field.type === 'yes-no') {
    const options = field.type === 'yes-no' ? [{ value: 'true', label: t.yes }, { value: 'false', label: t.no }] : (field.options ?? []).map((o) => ({ value: o.value, label: localText(o.label, locale) }));
    const current = props.value === undefined ? '' : String(props.value);
    return (
      <select
        id={props.id}
        className="bs-select"
        value={current}
        onChange={(event) => {
          const v = event.currentTarget.value;
          props.onChange(v === '' ? undefined : field.type === 'yes-no' ? v === 'true' : v);
        }}
      >
        <option value="">{t.choose}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }
  const common = { id: props.id, value: props.value, invalid: false, describedBy: undefined, onChange: props.onChange };
  if (field.type === 'id-card-cn') return <TextInput {...common} inputMode="text" autoCapitalize="characters" parse={normalizeResidentId} />;
  if (field.type === 'number' || field.type === 'integer') return <TextInput {...common} inputMode="decimal" parse={parseNumber} />;
  if (field.type === 'mobile-cn') return <TextInput {...common} type="tel" inputMode="tel" />;
  if (field.type === 'date') return <TextInput {...common} type="date" />;
  return <TextInput {...common} />;
}

/** A repeating group (e.g. 家庭成员): a list of items with add and remove. */
export function GroupField(props: FieldRendererProps) {
  const { locale, t } = useFormContext();
  const items = Array.isArray(props.value) ? (props.value as Item[]) : [];
  const label = localText(props.field.label, locale);
  const fields = props.field.fields ?? [];
  const max = props.field.maxItems ?? 100;
  const update = (next: Item[]) => props.onChange(next.length > 0 ? next : undefined);
  return (
    <div className="bs-group">
      {items.map((item, index) => (
        <fieldset className="bs-group__item" key={index}>
          <legend className="bs-label bs-label--small">{t.item(label, index + 1)}</legend>
          {fields.map((field, fieldIndex) => {
            const id = index === 0 && fieldIndex === 0 ? props.id : `${props.id}-${index}-${field.key}`;
            return (
              <div className="bs-form-group" key={field.key}>
                <label className="bs-label bs-label--small" htmlFor={id}>
                  {localText(field.label, locale)}
                </label>
                <ItemControl
                  field={field}
                  id={id}
                  value={item[field.key]}
                  onChange={(value) => {
                    const nextItem: Item = { ...item };
                    if (value === undefined || value === '') delete nextItem[field.key];
                    else nextItem[field.key] = value;
                    update(items.map((it, i) => (i === index ? nextItem : it)));
                  }}
                />
              </div>
            );
          })}
          <button type="button" className="bs-button bs-button--secondary" onClick={() => update(items.filter((_, i) => i !== index))}>
            {t.removeItem}
          </button>
        </fieldset>
      ))}
      {items.length < max && (
        <button type="button" id={items.length === 0 ? props.id : `${props.id}-add`} className="bs-button bs-button--secondary" onClick={() => props.onChange([...items, {}])}>
          {t.addItem(label)}
        </button>
      )}
    </div>
  );
}
