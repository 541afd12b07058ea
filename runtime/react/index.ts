/**
 * runtime/react: the citizen form, the 办事指南 page and the printable 一次性告知单 for a compiled service
 * package. Each exported component imports the stylesheet itself, so a bundler ships it with whichever is used
 * (this module has no side effects of its own).
 */

export { ServiceForm } from './ServiceForm.tsx';
export type { ServiceFormProps } from './ServiceForm.tsx';
export type { RateHook, SubmissionRating } from './Confirmation.tsx';
export { ServiceGuide } from './ServiceGuide.tsx';
export { MaterialNotice } from './MaterialNotice.tsx';
export { createLocalStorageDrafts } from './localStorageDrafts.ts';
export type { DivisionSource, UploadHook } from './context.ts';
export { checkThemeContrast, themeCss } from './theme.ts';
export type { Theme, ThemeWarning } from './theme.ts';
