import { useEffect, useState } from 'react';
import { toHalfWidth } from '../../../schemas/formats/text.ts';
import { useFormContext, type DivisionSource } from '../context.ts';
import { TextInput } from './TextInput.tsx';
import type { FieldRendererProps } from './types.ts';

type Part = 'province' | 'city' | 'district' | 'detail';
type Address = Partial<Record<Part, string>>;
const LEVELS = ['province', 'city', 'district'] as const;

function asAddress(value: unknown): Address {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Address) : {};
}

/** One division level: options loaded from the host for the chosen parent. */
function DivisionSelect(props: {
  id: string;
  label: string;
  parent: string | null | undefined;
  value: string | undefined;
  source: DivisionSource;
  invalid: boolean;
  onChange: (code: string | undefined) => void;
}) {
  const { t } = useFormContext();
  const [options, setOptions] = useState<{ code: string; name: string }[]>([]);
  const { parent, source } = props;
  useEffect(() => {
    let live = true;
    if (parent === undefined) {
      setOptions([]);
      return;
    }
    source(parent).then(
      (list) => live && setOptions(list),
      () => live && setOptions([]),
    );
    return () => {
      live = false;
    };
  }, [parent, source]);
  return (
    <div className="bs-address__part">
      <label className="bs-label bs-label--small" htmlFor={props.id}>
        {props.label}
      </label>
      <select
        id={props.id}
        className={`bs-select${props.invalid ? ' bs-input--error' : ''}`}
        value={props.value ?? ''}
        disabled={parent === undefined}
        aria-invalid={props.invalid || undefined}
        onChange={(event) => props.onChange(event.currentTarget.value || undefined)}
      >
        <option value="">{t.choose}</option>
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * 地址: province, city and district codes plus the street address. With the host's `divisions`, cascading
 * selects; without it, the codes are typed (with a hint). Division data is never bundled here.
 */
export function AddressField(props: FieldRendererProps) {
  const { t, divisions } = useFormContext();
  const address = asAddress(props.value);
  const set = (patch: Address) => {
    const next: Address = { ...address, ...patch };
    for (const key of Object.keys(next) as Part[]) if (next[key] === undefined || next[key] === '') delete next[key];
    props.onChange(Object.keys(next).length === 0 ? undefined : next);
  };
  const ids = { province: props.id, city: `${props.id}-city`, district: `${props.id}-district`, detail: `${props.id}-detail` };
  const names = { province: t.province, city: t.city, district: t.district };
  return (
    <div className="bs-address">
      {LEVELS.map((level, index) => {
        const parent = index === 0 ? null : address[LEVELS[index - 1]!];
        if (divisions) {
          return (
            <DivisionSelect
              key={level}
              id={ids[level]}
              label={names[level]}
              parent={parent}
              value={address[level]}
              source={divisions}
              invalid={props.invalid && address[level] === undefined && level !== 'district'}
              onChange={(code) => set(index === 0 ? { province: code, city: undefined, district: undefined } : index === 1 ? { city: code, district: undefined } : { district: code })}
            />
          );
        }
        return (
          <div className="bs-address__part" key={level}>
            <label className="bs-label bs-label--small" htmlFor={ids[level]}>
              {names[level]}
            </label>
            <TextInput
              id={ids[level]}
              value={address[level]}
              invalid={props.invalid}
              describedBy={[`${props.id}-code-hint`, props.describedBy].filter(Boolean).join(' ')}
              inputMode="numeric"
              maxLength={6}
              className="bs-input--short"
              parse={(text) => toHalfWidth(text).replace(/\s/g, '')}
              onChange={(code) => set({ [level]: code as string | undefined })}
            />
          </div>
        );
      })}
      {!divisions && (
        <div id={`${props.id}-code-hint`} className="bs-hint">
          {t.divisionCodeHint}
        </div>
      )}
      <div className="bs-address__part">
        <label className="bs-label bs-label--small" htmlFor={ids.detail}>
          {t.detailAddress}
        </label>
        <TextInput
          id={ids.detail}
          value={address.detail}
          invalid={props.invalid}
          describedBy={props.describedBy}
          autoComplete="street-address"
          maxLength={200}
          onChange={(text) => set({ detail: text as string | undefined })}
        />
      </div>
    </div>
  );
}
