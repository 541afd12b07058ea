import { normalizeUscc } from '../../../schemas/formats/index.ts';
import { TextInput } from './TextInput.tsx';
import type { FieldRendererProps } from './types.ts';

/** Letters are part of the code: the full keyboard, capitals. */
export function UsccField(props: FieldRendererProps) {
  return <TextInput {...props} inputMode="text" autoCapitalize="characters" className="bs-input--medium" parse={normalizeUscc} />;
}
