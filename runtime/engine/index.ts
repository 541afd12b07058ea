/**
 * runtime/engine: the headless citizen runtime. Condition interpreter, CSP-safe validation with ajv's verdict,
 * the form store, drafts and prefill. No React, no DOM.
 */
export { compare, createReachEvaluator, fieldsRead, reachedNodes, requiredMaterials } from './conditions.ts';
export type { ReachEvaluator } from './conditions.ts';
export { isAjvEmail, isRfc3339Date, validateFieldValue, validateMaterialValue, validateSubmission } from './validate.ts';
export type { ValidateOptions, ValidationError, ValidationErrorCode, ValidationResult } from './validate.ts';
export { documentTypeNames, localText, message, messages } from './messages.ts';
export type { Locale, MessageKey, MessageParams } from './messages.ts';
export { createServiceForm } from './form.ts';
export type {
  ExitInfo,
  FieldState,
  FormPage,
  MaterialStatus,
  MaterialValue,
  PayloadMaterial,
  ServiceForm,
  ServiceFormOptions,
  ServiceFormState,
  SubmissionPayload,
  SubmitResult,
} from './form.ts';
export { createAutosaver, draftKey, microtaskScheduler, parseDraft, restoreDraft, serializeDraft } from './drafts.ts';
export type { Draft, DraftFieldSnapshot, DraftNotice, DraftNoticeReason, DraftStorage, RestoredDraft, SaveScheduler } from './drafts.ts';
export { applyPrefill, sharedDataAvailable } from './prefill.ts';
export type { Prefill, PrefillResult } from './prefill.ts';
export { indexPackageFields } from './fields.ts';
export type { FieldInfo } from './fields.ts';
