/** What every part of <ServiceForm> needs: the engine, the strings and the host's hooks. */
import { createContext, useContext } from 'react';
import type { ServicePackage } from '../../schemas/index.ts';
import type { WorkingCalendar } from '../engine/calendar/index.ts';
import type { FieldInfo, Locale, Prefill, ServiceForm } from '../engine/index.ts';
import type { UiStrings } from './strings.ts';

/** Host upload hook: returns the id the back end knows the file by. Files are never read into the answers. */
export type UploadHook = (file: File, context: { materialKey?: string; fieldId?: string }) => Promise<{ id: string }>;
/** Administrative divisions below a parent (null: provinces), from the host. */
export type DivisionSource = (parentCode: string | null) => Promise<{ code: string; name: string }[]>;

export interface FormContextValue {
  readonly form: ServiceForm;
  readonly pkg: ServicePackage;
  readonly fields: ReadonlyMap<string, FieldInfo>;
  readonly locale: Locale;
  readonly t: UiStrings;
  readonly upload: UploadHook;
  readonly divisions?: DivisionSource;
  readonly prefill?: Prefill;
  readonly now: () => Date;
  /** The host's working-day calendar for 容缺 due dates; default the official one, loaded on demand. */
  readonly calendar?: WorkingCalendar;
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useFormContext(): FormContextValue {
  const value = useContext(FormContext);
  if (!value) throw new Error('Banshi form components must be rendered inside <ServiceForm>');
  return value;
}

/** DOM id of a field's first control: error summary links point at it. */
export function fieldInputId(fieldId: string): string {
  return `bs-f-${fieldId}`;
}

/** DOM id of a material's first control. */
export function materialInputId(key: string): string {
  return `bs-m-${key}`;
}
