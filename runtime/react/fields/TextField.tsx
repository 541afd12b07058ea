import { TextInput } from './TextInput.tsx';
import type { FieldRendererProps } from './types.ts';

/** Autocomplete tokens for fields that are about the citizen (WCAG 1.3.5). */
function autoCompleteOf(props: FieldRendererProps): string | undefined {
  const source = props.field.prefill?.source ?? '';
  if (source === 'identity.name' || props.field.key === 'name' || props.field.key === 'fullName') return 'name';
  return undefined;
}

export function TextField(props: FieldRendererProps) {
  return <TextInput {...props} autoComplete={autoCompleteOf(props)} maxLength={props.field.maxLength} />;
}
