import type { ComponentType } from 'react';
import type { Field } from '../../../schemas/index.ts';

/** What a field renderer gets: the mapped props, so renderers stay thin (the frame owns label, hint, error). */
export interface FieldRendererProps {
  readonly field: Field;
  readonly fieldId: string;
  /** DOM id of the first control (error summary links and the label point at it). */
  readonly id: string;
  readonly value: unknown;
  readonly invalid: boolean;
  /** Ids of the hint, prefill source and error, for aria-describedby on single controls. */
  readonly describedBy: string | undefined;
  /** Sets the answer; '' / [] / undefined remove it. */
  readonly onChange: (value: unknown) => void;
}

/** A renderer and whether it is a group of controls (fieldset + legend) or a single labelled control. */
export interface FieldRenderer {
  readonly component: ComponentType<FieldRendererProps>;
  readonly group: boolean;
}
