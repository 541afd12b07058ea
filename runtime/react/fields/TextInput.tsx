import { useState, type InputHTMLAttributes } from 'react';

export interface TextInputProps {
  readonly id: string;
  readonly value: unknown;
  readonly invalid: boolean;
  readonly describedBy: string | undefined;
  readonly onChange: (value: unknown) => void;
  /** Turns what was typed into what is stored (full-width digits, spaces, lowercase x …). */
  readonly parse?: (text: string) => unknown;
  readonly inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  readonly type?: 'text' | 'tel' | 'email' | 'date';
  readonly autoComplete?: string;
  readonly autoCapitalize?: string;
  readonly maxLength?: number;
  readonly className?: string;
  readonly name?: string;
}

/**
 * A text box that keeps the citizen's own characters while they type (so the caret never jumps) and stores the
 * parsed value on every change; on leaving, it shows the stored form.
 */
export function TextInput(props: TextInputProps) {
  const { value, parse } = props;
  const stored = value === undefined || value === null ? '' : typeof value === 'string' ? value : String(value);
  const [typing, setTyping] = useState<string | null>(null);
  return (
    <input
      id={props.id}
      name={props.name ?? props.id}
      className={`bs-input${props.className ? ` ${props.className}` : ''}${props.invalid ? ' bs-input--error' : ''}`}
      type={props.type ?? 'text'}
      value={typing ?? stored}
      inputMode={props.inputMode}
      autoComplete={props.autoComplete ?? 'off'}
      autoCapitalize={props.autoCapitalize}
      spellCheck={false}
      maxLength={props.maxLength}
      aria-invalid={props.invalid || undefined}
      aria-describedby={props.describedBy}
      onFocus={() => setTyping(stored)}
      onBlur={() => setTyping(null)}
      onChange={(event) => {
        const text = event.currentTarget.value;
        if (typing !== null) setTyping(text);
        const parsed = parse ? parse(text) : text;
        props.onChange(parsed === '' ? undefined : parsed);
      }}
    />
  );
}
