import { localText } from '../../engine/index.ts';
import { useFormContext } from '../context.ts';
import { FileUpload, type FileRef } from '../FileUpload.tsx';
import type { FieldRendererProps } from './types.ts';

export function FileField(props: FieldRendererProps) {
  const { locale } = useFormContext();
  const files = Array.isArray(props.value) ? (props.value as FileRef[]) : [];
  return (
    <FileUpload
      id={props.id}
      label={localText(props.field.label, locale)}
      rule={props.field.upload}
      files={files}
      context={{ fieldId: props.fieldId }}
      invalid={props.invalid}
      describedBy={props.describedBy}
      onFiles={(list) => props.onChange(list.length > 0 ? list : undefined)}
    />
  );
}
