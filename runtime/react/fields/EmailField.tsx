import { TextInput } from './TextInput.tsx';
import type { FieldRendererProps } from './types.ts';

export function EmailField(props: FieldRendererProps) {
  return <TextInput {...props} type="email" autoComplete="email" parse={(text) => text.trim()} />;
}
