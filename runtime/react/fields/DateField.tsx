import { TextInput } from './TextInput.tsx';
import type { FieldRendererProps } from './types.ts';

/** The browser's date control: its value is always YYYY-MM-DD, what the schema wants. */
export function DateField(props: FieldRendererProps) {
  return <TextInput {...props} type="date" className="bs-input--short" />;
}
