/**
 * After submission: the case timeline, withdrawal, one-shot corrections (补正), deferred materials and promises.
 * Not part of runtime/engine's main entry, so the form page's bundle does not carry it.
 */
export { CORRECTION_NOTICE_DAYS, computeCase, orderedStages, requestCorrections, resolveCorrectionItems, withdraw } from './case.ts';
export type {
  CaseActionResult,
  CaseDeadline,
  CaseEvent,
  CaseEventType,
  CaseHistoryEntry,
  CaseOptions,
  CasePhase,
  CaseProblem,
  CaseStage,
  CaseView,
  CorrectionItem,
  ResolvedCorrectionItem,
  StageStatus,
} from './case.ts';
export { createCorrectionForm } from './correction.ts';
export type { CorrectionError, CorrectionForm, CorrectionOptions, CorrectionPayload, CorrectionResult } from './correction.ts';
export { owedMaterials } from './owed.ts';
export type { OwedMaterial, OwedResult, SignedPromise } from './owed.ts';
export { formatCivilDate } from '../calendar/format.ts';
export { caseText } from './text.ts';
export type { CaseText } from './text.ts';
