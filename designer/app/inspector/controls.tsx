// The inspector's form controls. Text and number boxes keep a local draft and commit it as ONE command when
// the administrator leaves the box (blur), presses Enter (Ctrl+Enter in a multi-line box), or the form goes
// away (selection change). Escape restores the stored value. See Inspector.tsx for why not a debounce.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { LocalText } from '../../../schemas/service.types.ts';
import { useT } from './lang.ts';

const MAX_TEXT = 4000;

interface DraftOptions<T> {
  value: string;
  parse: (text: string) => { ok: true; value: T } | { ok: false; error: string };
  onCommit: (value: T) => void;
  unchanged: (text: string) => boolean;
}

/** A draft over a stored value: the box shows the draft while editing and commits valid drafts once. */
function useDraft<T>({ value, parse, onCommit, unchanged }: DraftOptions<T>) {
  const [draft, setDraft] = useState<string | null>(null);
  const latest = useRef({ draft, parse, onCommit, unchanged });
  latest.current = { draft, parse, onCommit, unchanged };
  const shown = draft ?? value;
  const parsed = parse(shown);
  const commit = () => {
    const { draft: current, parse: p, onCommit: c, unchanged: u } = latest.current;
    if (current === null) return;
    const result = p(current);
    if (!result.ok) return;
    if (!u(current)) c(result.value);
    setDraft(null);
  };
  useEffect(
    () => () => {
      // Unmount (the selection moved on): a valid pending draft is still the administrator's work.
      const { draft: current, parse: p, onCommit: c, unchanged: u } = latest.current;
      if (current === null || u(current)) return;
      const result = p(current);
      if (result.ok) c(result.value);
    },
    [],
  );
  return {
    shown,
    error: parsed.ok ? undefined : parsed.error,
    onChange: (text: string) => setDraft(text),
    commit,
    revert: () => setDraft(null),
  };
}

function Hint({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
      {hint ? <span id={`${id}-hint`} className="inspector__hint">{hint}</span> : null}
      {error ? <span id={`${id}-error`} className="inspector__error" role="alert">{error}</span> : null}
    </>
  );
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

export interface TextFieldProps {
  label: string;
  value: string | undefined;
  /** Called with the new text; '' means cleared (optional values then drop the property). */
  onCommit: (value: string) => void;
  hint?: string | undefined;
  required?: boolean;
  multiline?: boolean;
  validate?: ((text: string) => string | undefined) | undefined;
  inputLang?: string;
  type?: 'text' | 'url' | 'date';
  maxLength?: number;
}

export function TextField({ label, value, onCommit, hint, required, multiline, validate, inputLang, type = 'text', maxLength = MAX_TEXT }: TextFieldProps) {
  const t = useT();
  const id = useId();
  const stored = value ?? '';
  const draft = useDraft<string>({
    value: stored,
    parse: (text) => {
      const trimmed = text.trim();
      if (required && trimmed === '') return { ok: false, error: t(`请填写“${label}”。`, `"${label}" is required.`) };
      if (trimmed.length > maxLength) return { ok: false, error: t(`最多 ${maxLength} 个字符。`, `At most ${maxLength} characters.`) };
      const problem = validate?.(trimmed);
      return problem ? { ok: false, error: problem } : { ok: true, value: trimmed };
    },
    onCommit,
    unchanged: (text) => text.trim() === stored,
  });
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape') draft.revert();
    else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      draft.commit();
    }
  };
  const common = {
    id,
    value: draft.shown,
    onChange: (event: { target: { value: string } }) => draft.onChange(event.target.value),
    onBlur: draft.commit,
    onKeyDown,
    lang: inputLang,
    required,
    'aria-invalid': draft.error ? true : undefined,
    'aria-describedby': describedBy(id, hint, draft.error),
  };
  return (
    <div className="inspector__control">
      <label htmlFor={id}>{label}{required ? <span aria-hidden="true"> *</span> : null}</label>
      {multiline ? <textarea rows={3} {...common} /> : <input type={type} {...common} />}
      <Hint id={id} hint={hint} error={draft.error} />
    </div>
  );
}

export interface NumberFieldProps {
  label: string;
  value: number | undefined;
  onCommit: (value: number | undefined) => void;
  hint?: string;
  required?: boolean;
  integer?: boolean;
  min?: number;
  max?: number;
  validate?: (value: number | undefined) => string | undefined;
}

export function NumberField({ label, value, onCommit, hint, required, integer, min, max, validate }: NumberFieldProps) {
  const t = useT();
  const id = useId();
  const stored = value === undefined ? '' : String(value);
  const draft = useDraft<number | undefined>({
    value: stored,
    parse: (text) => {
      const trimmed = text.trim();
      if (trimmed === '') {
        if (required) return { ok: false, error: t(`请填写“${label}”。`, `"${label}" is required.`) };
        const problem = validate?.(undefined);
        return problem ? { ok: false, error: problem } : { ok: true, value: undefined };
      }
      const number = Number(trimmed);
      if (!Number.isFinite(number)) return { ok: false, error: t('请输入数字。', 'Enter a number.') };
      if (integer && !Number.isInteger(number)) return { ok: false, error: t('请输入整数。', 'Enter a whole number.') };
      if (min !== undefined && number < min) return { ok: false, error: t(`不能小于 ${min}。`, `At least ${min}.`) };
      if (max !== undefined && number > max) return { ok: false, error: t(`不能大于 ${max}。`, `At most ${max}.`) };
      const problem = validate?.(number);
      return problem ? { ok: false, error: problem } : { ok: true, value: number };
    },
    onCommit,
    unchanged: (text) => text.trim() === stored,
  });
  return (
    <div className="inspector__control inspector__control--number">
      <label htmlFor={id}>{label}{required ? <span aria-hidden="true"> *</span> : null}</label>
      <input
        id={id}
        type="number"
        inputMode={integer ? 'numeric' : 'decimal'}
        step={integer ? 1 : 'any'}
        min={min}
        max={max}
        value={draft.shown}
        required={required}
        onChange={(event) => draft.onChange(event.target.value)}
        onBlur={draft.commit}
        onKeyDown={(event) => {
          if (event.key === 'Escape') draft.revert();
          else if (event.key === 'Enter') {
            event.preventDefault();
            draft.commit();
          }
        }}
        aria-invalid={draft.error ? true : undefined}
        aria-describedby={describedBy(id, hint, draft.error)}
      />
      <Hint id={id} hint={hint} error={draft.error} />
    </div>
  );
}

export interface LocalTextFieldProps {
  legend: string;
  value: LocalText | undefined;
  onCommit: (value: LocalText | undefined) => void;
  required?: boolean;
  multiline?: boolean;
  hint?: string;
}

/** A LocalText: zh-CN (required when the text is) and en. An optional text with both boxes empty is removed. */
export function LocalTextField({ legend, value, onCommit, required, multiline, hint }: LocalTextFieldProps) {
  const t = useT();
  const en = value?.en;
  return (
    <fieldset className="inspector__local-text">
      <legend>{legend}{required ? <span aria-hidden="true"> *</span> : null}</legend>
      <TextField
        label={t('中文', 'Chinese')}
        inputLang="zh-CN"
        value={value?.['zh-CN']}
        required={required}
        multiline={multiline}
        hint={hint}
        validate={(text) => (text === '' && en ? t('已有英文时，中文不能为空。', 'Chinese is needed when there is English.') : undefined)}
        onCommit={(text) => onCommit(text === '' ? undefined : { ...value, 'zh-CN': text })}
      />
      <TextField
        label={t('英文', 'English')}
        inputLang="en"
        value={en}
        multiline={multiline}
        validate={(text) => (text !== '' && !value?.['zh-CN'] ? t('请先填写中文。', 'Fill in the Chinese first.') : undefined)}
        onCommit={(text) => {
          if (!value) return;
          const { en: _old, ...rest } = value;
          onCommit(text === '' ? rest : { ...rest, en: text });
        }}
      />
    </fieldset>
  );
}

export function CheckboxField({ label, checked, onChange, hint, disabled }: { label: string; checked: boolean; onChange: (checked: boolean) => void; hint?: string; disabled?: boolean }) {
  const id = useId();
  return (
    <div className="inspector__control inspector__control--check">
      <input id={id} type="checkbox" checked={checked} disabled={disabled} onChange={(event) => onChange(event.target.checked)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
    </div>
  );
}

export interface Choice<V extends string> {
  value: V;
  label: string;
}

export function SelectField<V extends string>({ label, value, choices, onChange, hint, placeholder }: { label: string; value: V | undefined; choices: readonly Choice<V>[]; onChange: (value: V) => void; hint?: string; placeholder?: string }) {
  const id = useId();
  return (
    <div className="inspector__control">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value as V)} aria-describedby={hint ? `${id}-hint` : undefined}>
        {value === undefined ? <option value="" disabled>{placeholder ?? '—'}</option> : null}
        {choices.map((choice) => <option key={choice.value} value={choice.value}>{choice.label}</option>)}
      </select>
      <Hint id={id} hint={hint} />
    </div>
  );
}

/** Radio buttons in a fieldset (for 2–4 exclusive choices whose names should all be visible). */
export function RadioGroup<V extends string>({ legend, value, choices, onChange, hint }: { legend: string; value: V | undefined; choices: readonly (Choice<V> & { disabled?: boolean })[]; onChange: (value: V) => void; hint?: string }) {
  const name = useId();
  return (
    <fieldset className="inspector__choices" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="inspector__choice">
          <input type="radio" name={name} value={choice.value} checked={value === choice.value} disabled={choice.disabled} onChange={() => onChange(choice.value)} />
          {choice.label}
        </label>
      ))}
      <Hint id={name} hint={hint} />
    </fieldset>
  );
}

/** Checkboxes over a set of values; `min` keeps at least that many checked (the last one cannot be unticked). */
export function CheckboxGroup<V extends string>({ legend, values, choices, onChange, min = 0, hint }: { legend: string; values: readonly V[]; choices: readonly Choice<V>[]; onChange: (values: V[]) => void; min?: number; hint?: string }) {
  const id = useId();
  const t = useT();
  const tooFew = values.length < min;
  return (
    <fieldset className="inspector__choices" aria-describedby={describedBy(id, hint, tooFew ? 'x' : undefined)}>
      <legend>{legend}</legend>
      {choices.map((choice) => {
        const checked = values.includes(choice.value);
        return (
          <label key={choice.value} className="inspector__choice">
            <input
              type="checkbox"
              checked={checked}
              disabled={checked && values.length <= min}
              onChange={(event) => onChange(event.target.checked ? choices.map((c) => c.value).filter((v) => v === choice.value || values.includes(v)) : values.filter((v) => v !== choice.value))}
            />
            {choice.label}
          </label>
        );
      })}
      <Hint id={id} hint={hint} error={tooFew ? t(`至少选择 ${min} 项。`, `Choose at least ${min}.`) : undefined} />
    </fieldset>
  );
}

export interface ListEditorProps<T> {
  legend: string;
  items: readonly T[];
  onChange: (items: T[]) => void;
  /** The name of one item, for its legend and its buttons' accessible names, e.g. 收费项目 2. */
  itemName: (item: T, index: number) => string;
  create: () => T;
  addLabel: string;
  renderItem: (item: T, update: (next: T) => void, index: number) => ReactNode;
  minItems?: number;
  maxItems?: number;
  hint?: string;
}

/** A list with add, move up/down and delete; each change is one command over the whole list. */
export function ListEditor<T>({ legend, items, onChange, itemName, create, addLabel, renderItem, minItems = 0, maxItems = Infinity, hint }: ListEditorProps<T>) {
  const t = useT();
  const move = (from: number, to: number) => {
    const next = [...items];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item as T);
    onChange(next);
  };
  return (
    <fieldset className="inspector__list">
      <legend>{legend}</legend>
      {hint ? <p className="inspector__hint">{hint}</p> : null}
      {items.length === 0 ? <p className="inspector__empty">{t('（无）', '(none)')}</p> : null}
      <ol>
        {items.map((item, index) => {
          const name = itemName(item, index);
          return (
            <li key={index}>
              <fieldset>
                <legend>{name}</legend>
                {renderItem(item, (next) => onChange(items.map((existing, i) => (i === index ? next : existing))), index)}
                <div className="inspector__row-actions">
                  <button type="button" onClick={() => move(index, index - 1)} disabled={index === 0} aria-label={t(`上移${name}`, `Move ${name} up`)}>{t('上移', 'Up')}</button>
                  <button type="button" onClick={() => move(index, index + 1)} disabled={index === items.length - 1} aria-label={t(`下移${name}`, `Move ${name} down`)}>{t('下移', 'Down')}</button>
                  <button type="button" onClick={() => onChange(items.filter((_, i) => i !== index))} disabled={items.length <= minItems} aria-label={t(`删除${name}`, `Delete ${name}`)}>{t('删除', 'Delete')}</button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => onChange([...items, create()])} disabled={items.length >= maxItems}>{addLabel}</button>
    </fieldset>
  );
}
