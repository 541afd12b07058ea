import { toHalfWidth } from '../../../schemas/formats/text.ts';
import { TextInput } from './TextInput.tsx';
import type { FieldRendererProps } from './types.ts';

export function PostalCodeField(props: FieldRendererProps) {
  return (
    <TextInput {...props} inputMode="numeric" autoComplete="postal-code" className="bs-input--short" maxLength={6} parse={(text) => toHalfWidth(text).replace(/\s/g, '')} />
  );
}
