import { useState } from 'react';
import type { FieldRendererProps } from './types.ts';

export function TextareaField(props: FieldRendererProps) {
  const stored = typeof props.value === 'string' ? props.value : '';
  const [typing, setTyping] = useState<string | null>(null);
  return (
    <textarea
      id={props.id}
      name={props.id}
      className={`bs-textarea${props.invalid ? ' bs-input--error' : ''}`}
      rows={5}
      value={typing ?? stored}
      maxLength={props.field.maxLength}
      aria-invalid={props.invalid || undefined}
      aria-describedby={props.describedBy}
      onFocus={() => setTyping(stored)}
      onBlur={() => setTyping(null)}
      onChange={(event) => {
        const text = event.currentTarget.value;
        if (typing !== null) setTyping(text);
        props.onChange(text === '' ? undefined : text);
      }}
    />
  );
}
