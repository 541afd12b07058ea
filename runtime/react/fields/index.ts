/** The field renderers, picked by field type (one renderer per type; several share the TextInput primitive). */
import type { FieldType } from '../../../schemas/index.ts';
import { AddressField } from './AddressField.tsx';
import { DateField } from './DateField.tsx';
import { EmailField } from './EmailField.tsx';
import { FileField } from './FileField.tsx';
import { GroupField } from './GroupField.tsx';
import { IdCardField } from './IdCardField.tsx';
import { MobileField } from './MobileField.tsx';
import { MultiChoiceField } from './MultiChoiceField.tsx';
import { NumberField } from './NumberField.tsx';
import { PostalCodeField } from './PostalCodeField.tsx';
import { SingleChoiceField } from './SingleChoiceField.tsx';
import { TextareaField } from './TextareaField.tsx';
import { TextField } from './TextField.tsx';
import type { FieldRenderer } from './types.ts';
import { UsccField } from './UsccField.tsx';
import { YesNoField } from './YesNoField.tsx';

export type { FieldRenderer, FieldRendererProps } from './types.ts';

/** Renderer by field type. A Record over FieldType: a new type without a renderer is a compile error. */
export const fieldRenderers: Record<FieldType, FieldRenderer> = {
  text: { component: TextField, group: false },
  textarea: { component: TextareaField, group: false },
  number: { component: NumberField, group: false },
  integer: { component: NumberField, group: false },
  date: { component: DateField, group: false },
  'single-choice': { component: SingleChoiceField, group: true },
  'multi-choice': { component: MultiChoiceField, group: true },
  'yes-no': { component: YesNoField, group: true },
  email: { component: EmailField, group: false },
  'mobile-cn': { component: MobileField, group: false },
  'id-card-cn': { component: IdCardField, group: false },
  'uscc-cn': { component: UsccField, group: false },
  'postal-code-cn': { component: PostalCodeField, group: false },
  'address-cn': { component: AddressField, group: true },
  file: { component: FileField, group: false },
  group: { component: GroupField, group: true },
};
