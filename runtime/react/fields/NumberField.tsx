import { toHalfWidth } from '../../../schemas/formats/text.ts';
import { TextInput } from './TextInput.tsx';
import type { FieldRendererProps } from './types.ts';

/** A number typed as text, parsed when it is one; anything else is stored as typed so the engine can say why. */
export function parseNumber(text: string): unknown {
  const clean = toHalfWidth(text).trim();
  return /^-?\d+(\.\d+)?$/.test(clean) ? Number(clean) : clean;
}

/**
 * type="text" with a numeric keypad rather than type="number": number inputs change value on scroll, drop
 * what they cannot parse and announce poorly (the GOV.UK advice).
 */
export function NumberField(props: FieldRendererProps) {
  return <TextInput {...props} className="bs-input--short" inputMode={props.field.type === 'integer' ? 'numeric' : 'decimal'} parse={parseNumber} />;
}
