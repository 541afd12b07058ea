/**
 * After submission: case progress, corrections (补正), owed materials (容缺/告知承诺) and the rating (好差评),
 * with the case engine and the working-day calendar they run on. A separate entry from runtime/react's
 * (`banshi/runtime/case` in the library build): a page showing the form loads none of this.
 */
export * from '../../engine/calendar/index.ts';
export * from '../../engine/case/index.ts';
export { CaseProgress } from './CaseProgress.tsx';
export type { CaseProgressProps } from './CaseProgress.tsx';
export { CorrectionForm } from './CorrectionForm.tsx';
export type { CorrectionFormProps } from './CorrectionForm.tsx';
export { OwedMaterials } from './OwedMaterials.tsx';
export type { OwedMaterialsProps } from './OwedMaterials.tsx';
export { Rating } from './Rating.tsx';
export type { RatingLevel, RatingProps, RatingReason, RatingValue } from './Rating.tsx';
