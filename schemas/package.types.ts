/* Generated from schemas/package.schema.json by scripts/genTypes.js. Do not edit: change the schema and run npm run gen:types. */

/**
 * This interface was referenced by `ServicePackage`'s JSON-Schema
 * via the `definition` "PackageNode".
 */
export type PackageNode = {
  kind: 'situation' | 'step' | 'material' | 'end';
} & PackageNode1;
export type PackageNode1 = PackageSituation | PackageStep | PackageMaterialRef | PackageEnd;
/**
 * When a node is on the applicant's path: the condition language plus { reached: nodeId } (that node is on the path). { all: [] } is always true.
 *
 * This interface was referenced by `ServicePackage`'s JSON-Schema
 * via the `definition` "ReachCondition".
 */
export type ReachCondition = ReachAll | ReachAny | ReachNot | ReachedNode | Comparison;
export type Field = {
  /**
   * Stable id of a node, edge or field. Conditions reference fields by this id, so renaming a key never breaks a condition.
   */
  id: string;
  /**
   * A key in the submission data. Safe for any JSON consumer: lower camel case, and never a name that JavaScript objects inherit.
   */
  key: string;
  type:
    | 'text'
    | 'textarea'
    | 'number'
    | 'integer'
    | 'date'
    | 'single-choice'
    | 'multi-choice'
    | 'yes-no'
    | 'email'
    | 'mobile-cn'
    | 'id-card-cn'
    | 'uscc-cn'
    | 'postal-code-cn'
    | 'address-cn'
    | 'file'
    | 'group';
  label: LocalText;
  hint?: LocalText;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  /**
   * A regular expression the value must match (Unicode mode). Checked for catastrophic backtracking (lint SVC040).
   */
  pattern?: string;
  patternMessage?: LocalText;
  minimum?: number;
  maximum?: number;
  /**
   * @maxItems 500
   */
  options?: ChoiceOption[];
  minItems?: number;
  maxItems?: number;
  upload?: UploadRule;
  /**
   * The fields of each item of a repeating group.
   *
   * @minItems 1
   * @maxItems 100
   */
  fields?: Field[];
  /**
   * Where the host may prefill this field from (identity, 电子证照). The citizen sees the source.
   */
  prefill?: {
    source: string;
    label?: LocalText;
  };
};
/**
 * This interface was referenced by `ServicePackage`'s JSON-Schema
 * via the `definition` "MaterialVariant".
 */
export type MaterialVariant = 'upload' | 'eLicence' | 'sharedData' | 'deferred' | 'commitment' | 'paper';

/**
 * A compiled service package: the submission's JSON Schema 2020-12, the flow the runtime walks, the material manifest (一次性告知), the 办事指南 and the approval stages. Produced by the Banshi compiler; pure data.
 */
export interface ServicePackage {
  packageFormat: 1;
  /**
   * Stable identifier of the item, used in package ids, draft storage keys and URLs.
   */
  id: string;
  version: string;
  /**
   * sha256 of the canonical JSON of the package without this property.
   */
  hash: string;
  compiler: {
    name: 'banshi';
    version: string;
  };
  /**
   * The JSON Schema 2020-12 of a submission. Standard keywords only; identifier formats (cn-resident-id, cn-uscc) must be registered by the validator.
   */
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema';
    type: 'object';
  };
  flow: PackageFlow;
  materials: ManifestMaterial[];
  guide: ItemMeta;
  approvals?: PackageApprovals;
  previous?: PreviousVersion;
}
/**
 * This interface was referenced by `ServicePackage`'s JSON-Schema
 * via the `definition` "PackageFlow".
 */
export interface PackageFlow {
  /**
   * The nodes after start, in topological order (ties keep the definition's order).
   */
  nodes: PackageNode[];
  /**
   * Every answerable field by its stable id: where its value lives in the submission.
   */
  fields: {
    [k: string]: FieldLocation | undefined;
  };
}
/**
 * This interface was referenced by `ServicePackage`'s JSON-Schema
 * via the `definition` "PackageSituation".
 */
export interface PackageSituation {
  /**
   * Stable id of a node, edge or field. Conditions reference fields by this id, so renaming a key never breaks a condition.
   */
  id: string;
  kind: 'situation';
  /**
   * A key in the submission data. Safe for any JSON consumer: lower camel case, and never a name that JavaScript objects inherit.
   */
  key: string;
  reach: ReachCondition;
  field: Field;
  unit?: LocalText;
  showInNotice?: boolean;
}
/**
 * This interface was referenced by `ServicePackage`'s JSON-Schema
 * via the `definition` "ReachAll".
 */
export interface ReachAll {
  all: ReachCondition[];
}
/**
 * This interface was referenced by `ServicePackage`'s JSON-Schema
 * via the `definition` "ReachAny".
 */
export interface ReachAny {
  any: ReachCondition[];
}
/**
 * This interface was referenced by `ServicePackage`'s JSON-Schema
 * via the `definition` "ReachNot".
 */
export interface ReachNot {
  not: ReachCondition;
}
/**
 * This interface was referenced by `ServicePackage`'s JSON-Schema
 * via the `definition` "ReachedNode".
 */
export interface ReachedNode {
  /**
   * Stable id of a node, edge or field. Conditions reference fields by this id, so renaming a key never breaks a condition.
   */
  reached: string;
}
/**
 * Compares one answer. Every operator except isEmpty is false while the field has no value.
 */
export interface Comparison {
  /**
   * Stable id of a node, edge or field. Conditions reference fields by this id, so renaming a key never breaks a condition.
   */
  field: string;
  op:
    | 'equals'
    | 'notEquals'
    | 'in'
    | 'notIn'
    | 'lt'
    | 'lte'
    | 'gt'
    | 'gte'
    | 'includes'
    | 'isEmpty'
    | 'isNotEmpty';
  value?: string | number | boolean | (string | number)[];
}
/**
 * Text in zh-CN (required) and optionally en and zh-Hant. Always rendered as text, never as HTML.
 */
export interface LocalText {
  'zh-CN': string;
  en?: string;
  'zh-Hant'?: string;
}
export interface ChoiceOption {
  value: string;
  label: LocalText;
  hint?: LocalText;
}
export interface UploadRule {
  /**
   * Accepted media types.
   *
   * @minItems 1
   */
  accept: ('application/pdf' | 'image/jpeg' | 'image/png' | 'image/heic' | 'application/ofd')[];
  maxSizeMB: number;
  maxFiles?: number;
}
/**
 * This interface was referenced by `ServicePackage`'s JSON-Schema
 * via the `definition` "PackageStep".
 */
export interface PackageStep {
  /**
   * Stable id of a node, edge or field. Conditions reference fields by this id, so renaming a key never breaks a condition.
   */
  id: string;
  kind: 'step';
  /**
   * A key in the submission data. Safe for any JSON consumer: lower camel case, and never a name that JavaScript objects inherit.
   */
  key: string;
  reach: ReachCondition;
  title: LocalText;
  description?: LocalText;
  fields: Field[];
}
/**
 * This interface was referenced by `ServicePackage`'s JSON-Schema
 * via the `definition` "PackageMaterialRef".
 */
export interface PackageMaterialRef {
  /**
   * Stable id of a node, edge or field. Conditions reference fields by this id, so renaming a key never breaks a condition.
   */
  id: string;
  kind: 'material';
  /**
   * A key in the submission data. Safe for any JSON consumer: lower camel case, and never a name that JavaScript objects inherit.
   */
  key: string;
  reach: ReachCondition;
}
/**
 * This interface was referenced by `ServicePackage`'s JSON-Schema
 * via the `definition` "PackageEnd".
 */
export interface PackageEnd {
  /**
   * Stable id of a node, edge or field. Conditions reference fields by this id, so renaming a key never breaks a condition.
   */
  id: string;
  kind: 'end';
  reach: ReachCondition;
  outcome: 'submit' | 'exit';
  title?: LocalText;
  reason?: LocalText;
}
/**
 * This interface was referenced by `ServicePackage`'s JSON-Schema
 * via the `definition` "FieldLocation".
 */
export interface FieldLocation {
  /**
   * Stable id of a node, edge or field. Conditions reference fields by this id, so renaming a key never breaks a condition.
   */
  nodeId: string;
  /**
   * @minItems 1
   * @maxItems 2
   *
   * Items: A key in the submission data. Safe for any JSON consumer: lower camel case, and never a name that JavaScript objects inherit.
   */
  path: string[];
}
/**
 * One material of the 一次性告知 list: the definition's attributes, when it applies, and which submission variants it accepts.
 *
 * This interface was referenced by `ServicePackage`'s JSON-Schema
 * via the `definition` "ManifestMaterial".
 */
export interface ManifestMaterial {
  /**
   * A key in the submission data. Safe for any JSON consumer: lower camel case, and never a name that JavaScript objects inherit.
   */
  key: string;
  /**
   * Stable id of a node, edge or field. Conditions reference fields by this id, so renaming a key never breaks a condition.
   */
  nodeId: string;
  reach: ReachCondition;
  /**
   * JSON pointer into schema/$defs: validate the answers against it to know whether this material applies, with any 2020-12 validator.
   */
  reachSchema?: string;
  name: LocalText;
  description?: LocalText;
  category: 'certificate' | 'form' | 'other';
  form: 'original' | 'copy' | 'original-and-copy' | 'original-or-copy' | 'electronic';
  copies?: {
    original?: number;
    copy?: number;
  };
  paperFormat?: string;
  necessity: 'required' | 'optional' | 'deferrable';
  ways: ('sharedData' | 'eLicence' | 'upload' | 'commitment' | 'paper')[];
  /**
   * The submission variants this material accepts: its ways, plus deferred when it is deferrable.
   */
  accepts: MaterialVariant[];
  upload?: UploadRule;
  eLicence?: {
    catalogCode: string;
    name?: LocalText;
  };
  deferral?: {
    workingDays: number;
  };
  commitment?: {
    text: LocalText;
  };
  legalBasis?: LocalText;
  source: 'applicant' | 'government' | 'third-party' | 'office';
  sourceNote?: LocalText;
  blankFormUrl?: string;
  sampleUrl?: string;
  acceptanceCriteria?: LocalText;
  fillInstructions?: LocalText;
  signatureRequirement?: LocalText;
}
/**
 * The published 办事指南 / 实施清单 elements (DOMAIN.md 1.3).
 */
export interface ItemMeta {
  name: LocalText;
  summary?: LocalText;
  /**
   * @maxItems 20
   */
  codes?: ItemCode[];
  itemType: ItemType;
  agency: Agency;
  /**
   * @minItems 1
   * @maxItems 50
   */
  legalBasis: LegalBasis[];
  /**
   * @minItems 1
   *
   * Items: 服务对象 (national codes 1 自然人, 2 企业法人, 3 事业法人, 4 社会组织法人, 5 非法人企业, 6 行政机关, 9 其他组织).
   */
  servedParties: (
    | 'natural-person'
    | 'enterprise'
    | 'public-institution'
    | 'social-organisation'
    | 'unincorporated-enterprise'
    | 'government'
    | 'other-organisation'
  )[];
  /**
   * instant = 即办件 (done on the spot); promised = 承诺件 (done within the promised limit).
   */
  caseType: 'instant' | 'promised';
  /**
   * @minItems 1
   */
  channels: ('window' | 'online' | 'mobile' | 'mail' | 'kiosk')[];
  /**
   * 通办范围.
   */
  handleArea?: 'national' | 'cross-province' | 'province' | 'city' | 'district' | 'local';
  visits: Visits;
  legalTimeLimit: TimeLimit;
  promisedTimeLimit: TimeLimit;
  fees?: Fees;
  /**
   * 受理条件, each concrete and testable.
   *
   * @maxItems 50
   */
  conditions?: LocalText[];
  /**
   * @maxItems 20
   */
  results?: Result[];
  /**
   * @maxItems 20
   */
  contacts?: Contact[];
  /**
   * @maxItems 50
   */
  locations?: Location[];
  /**
   * @maxItems 100
   */
  faq?: FaqEntry[];
}
/**
 * Catalogue codes are opaque strings tagged with their scheme; their formats differ by province, so no logic parses them.
 */
export interface ItemCode {
  scheme: 'national-basic' | 'national-task' | 'handle-item' | 'local-basic' | 'local-task' | 'other';
  value: string;
  region?: string;
}
export interface ItemType {
  code: string;
  label: LocalText;
  scheme: 'national' | 'local';
}
export interface Agency {
  name: LocalText;
  /**
   * 统一社会信用代码 of the implementing body.
   */
  code?: string;
  /**
   * 实施主体性质: 法定机关 / 授权组织 / 受委托组织.
   */
  nature: 'statutory' | 'authorised' | 'entrusted';
  powerSource?:
    | 'own'
    | 'delegated-from-above'
    | 'authorised-from-above'
    | 'authorised-same-level'
    | 'entrusted-from-above'
    | 'entrusted-same-level';
}
export interface LegalBasis {
  title: LocalText;
  article?: string;
  revision?: string;
}
/**
 * 到办事现场次数; a count above 0 needs a reason (lint SVC031).
 */
export interface Visits {
  count: number;
  reason?: LocalText;
}
export interface TimeLimit {
  value: number;
  unit: 'working-day' | 'natural-day' | 'month';
  note?: LocalText;
}
/**
 * Either free (不收费), or the fee items. Guides must say 不收费 rather than leave fees blank (lint SVC032).
 */
export interface Fees {
  free: boolean;
  note?: LocalText;
  /**
   * @maxItems 50
   */
  items?: FeeItem[];
}
export interface FeeItem {
  name: LocalText;
  standard: LocalText;
  amountYuan?: number;
  basis: LocalText;
  reducible?: boolean;
}
export interface Result {
  name: LocalText;
  kind: 'certificate' | 'approval' | 'other';
  eLicence?: boolean;
  validity?: LocalText;
}
export interface Contact {
  kind: 'phone' | 'hotline' | 'window' | 'email' | 'website' | 'complaint';
  label: LocalText;
  value: string;
}
export interface Location {
  name: LocalText;
  address: LocalText;
  hours?: LocalText;
}
export interface FaqEntry {
  question: LocalText;
  answer: LocalText;
}
/**
 * This interface was referenced by `ServicePackage`'s JSON-Schema
 * via the `definition` "PackageApprovals".
 */
export interface PackageApprovals {
  /**
   * Stable id of a node, edge or field. Conditions reference fields by this id, so renaming a key never breaks a condition.
   */
  entry: string;
  stages: PackageStage[];
  transitions: ApprovalEdge[];
  totalBudgetDays: number;
}
/**
 * This interface was referenced by `ServicePackage`'s JSON-Schema
 * via the `definition` "PackageStage".
 */
export interface PackageStage {
  /**
   * Stable id of a node, edge or field. Conditions reference fields by this id, so renaming a key never breaks a condition.
   */
  id: string;
  /**
   * A key in the submission data. Safe for any JSON consumer: lower camel case, and never a name that JavaScript objects inherit.
   */
  key: string;
  stage: 'accept' | 'review' | 'decide' | 'certify' | 'deliver' | 'custom';
  name: LocalText;
  role?: LocalText;
  budgetDays: number;
  /**
   * Items: pass; not-accepted = 不予受理; correction = 补正 (returns to the applicant); refuse = 不予许可.
   */
  outcomes: ('pass' | 'not-accepted' | 'correction' | 'refuse')[];
  criteria?: LocalText;
  specialProcedures?: SpecialProcedure[];
}
/**
 * 特别程序 (听证, 检验, 专家评审 …): by law (行政许可法 art. 45) their time does not count against the limit.
 */
export interface SpecialProcedure {
  name: LocalText;
  days: number;
  basis?: LocalText;
}
export interface ApprovalEdge {
  /**
   * Stable id of a node, edge or field. Conditions reference fields by this id, so renaming a key never breaks a condition.
   */
  id: string;
  /**
   * Stable id of a node, edge or field. Conditions reference fields by this id, so renaming a key never breaks a condition.
   */
  source: string;
  /**
   * Stable id of a node, edge or field. Conditions reference fields by this id, so renaming a key never breaks a condition.
   */
  target: string;
  /**
   * pass; not-accepted = 不予受理; correction = 补正 (returns to the applicant); refuse = 不予许可.
   */
  outcome: 'pass' | 'not-accepted' | 'correction' | 'refuse';
}
/**
 * The published version this package follows, and what changed since: the runtime uses it to tell a citizen with a draft of that version which answers to check again.
 *
 * This interface was referenced by `ServicePackage`'s JSON-Schema
 * via the `definition` "PreviousVersion".
 */
export interface PreviousVersion {
  version: string;
  hash: string;
  changes: PackageChange[];
}
/**
 * One change since the previous version: a field (situation answer or step field, by stable id), a material (by node id), a condition (an applicant-flow edge, by id) or a 办事指南 element.
 *
 * This interface was referenced by `ServicePackage`'s JSON-Schema
 * via the `definition` "PackageChange".
 */
export interface PackageChange {
  kind: 'field' | 'material' | 'condition' | 'guide';
  change: 'added' | 'removed' | 'changed';
  id: string;
  /**
   * A key in the submission data. Safe for any JSON consumer: lower camel case, and never a name that JavaScript objects inherit.
   */
  key?: string;
  /**
   * The data path in the submission (of the newer version; of the older one for a removal).
   */
  path?: string[];
  label: LocalText;
  /**
   * What changed: key, label, type, required, options, constraints, hint (fields); key, name, necessity, ways, upload, form, copies, eLicence, deferral, commitment, text (materials); source, target, condition (conditions).
   */
  details?: string[];
  before?: LocalText;
  after?: LocalText;
}
