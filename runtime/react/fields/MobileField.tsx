import { normalizeMobileCn } from '../../../schemas/formats/index.ts';
import { TextInput } from './TextInput.tsx';
import type { FieldRendererProps } from './types.ts';

export function MobileField(props: FieldRendererProps) {
  return <TextInput {...props} type="tel" inputMode="tel" autoComplete="tel" className="bs-input--medium" parse={normalizeMobileCn} />;
}
