/**
 * The Banshi formats: the definition designers author, the package the compiler emits, their JSON Schemas
 * and the identifier formats a back end registers in its validator.
 */
import serviceSchemaJson from './service.schema.json' with { type: 'json' };
import packageSchemaJson from './package.schema.json' with { type: 'json' };

export type {
  ServiceDefinition,
  ItemMeta,
  LocalText,
  FlowNode,
  FlowNode1,
  StartNode,
  SituationNode,
  StepNode,
  MaterialNode,
  EndNode,
  FlowEdge,
  Field,
  FieldType,
  ChoiceOption,
  Condition,
  Comparison,
  AllCondition,
  AnyCondition,
  NotCondition,
  ConditionValue,
  UploadRule,
  ApprovalLane,
  ApprovalNode,
  ApprovalEdge,
  ApprovalOutcome,
  TimeLimit,
} from './service.types.ts';
export type {
  ServicePackage,
  PackageFlow,
  PackageNode1 as PackageNode,
  PackageSituation,
  PackageStep,
  PackageMaterialRef,
  PackageEnd,
  ReachCondition,
  ManifestMaterial,
  MaterialVariant,
  PackageApprovals,
  PackageStage,
  FieldLocation,
  PreviousVersion,
  PackageChange,
} from './package.types.ts';

/** JSON Schema 2020-12 of service definitions (`*.service.json`). */
export const serviceSchema: Readonly<Record<string, unknown>> = serviceSchemaJson;
/** JSON Schema 2020-12 of compiled service packages; it references serviceSchema by `$id`. */
export const packageSchema: Readonly<Record<string, unknown>> = packageSchemaJson;

/** The definition format version this build writes; older ones are migrated on load. */
export const CURRENT_FORMAT_VERSION = 1;

export { banshiFormats, identifierPatterns, checkResidentId, checkUscc, checkOrgCode, normalizeResidentId } from './formats/index.ts';
export type { BanshiFormatName } from './formats/index.ts';
export type { SubmissionErrorCode } from './submissionErrors.ts';
export { localText } from './localText.ts';
export type { Locale } from './localText.ts';
