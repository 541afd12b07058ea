/* Generated from schemas/service.schema.json by scripts/genTypes.js. Do not edit: change the schema and run npm run gen:types. */

/**
 * Stable identifier of the item, used in package ids, draft storage keys and URLs.
 *
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "ItemId".
 */
export type ItemId = string;
/**
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "SemVer".
 */
export type SemVer = string;
/**
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "Text".
 */
export type Text = string;
/**
 * 服务对象 (national codes 1 自然人, 2 企业法人, 3 事业法人, 4 社会组织法人, 5 非法人企业, 6 行政机关, 9 其他组织).
 *
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "ServedParty".
 */
export type ServedParty =
  | 'natural-person'
  | 'enterprise'
  | 'public-institution'
  | 'social-organisation'
  | 'unincorporated-enterprise'
  | 'government'
  | 'other-organisation';
/**
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "Channel".
 */
export type Channel = 'window' | 'online' | 'mobile' | 'mail' | 'kiosk';
/**
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "FlowNode".
 */
export type FlowNode = {
  kind: 'start' | 'situation' | 'step' | 'material' | 'end';
} & FlowNode1;
export type FlowNode1 = StartNode | SituationNode | StepNode | MaterialNode | EndNode;
/**
 * Stable id of a node, edge or field. Conditions reference fields by this id, so renaming a key never breaks a condition.
 *
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "NodeId".
 */
export type NodeId = string;
/**
 * A key in the submission data. Safe for any JSON consumer: lower camel case, and never a name that JavaScript objects inherit.
 *
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "Key".
 */
export type Key = string;
/**
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "Field".
 */
export type Field = {
  id: NodeId;
  key: Key;
  type: FieldType;
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
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "FieldType".
 */
export type FieldType =
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
/**
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "Url".
 */
export type Url = string;
/**
 * A condition tree over answers. Fields are referenced by stable id. No expression strings.
 *
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "Condition".
 */
export type Condition = AllCondition | AnyCondition | NotCondition | Comparison;
/**
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "ConditionValue".
 */
export type ConditionValue = string | number | boolean | (string | number)[];
/**
 * pass; not-accepted = 不予受理; correction = 补正 (returns to the applicant); refuse = 不予许可.
 *
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "ApprovalOutcome".
 */
export type ApprovalOutcome = 'pass' | 'not-accepted' | 'correction' | 'refuse';

/**
 * A Banshi service item (政务服务事项) as designers author it: the 办事指南 metadata, the applicant flow graph and the approval lane. Compiled by the Banshi compiler into a service package.
 */
export interface ServiceDefinition {
  $schema?: string;
  /**
   * Version of this definition format. Older versions are migrated on load.
   */
  formatVersion: 1;
  id: ItemId;
  version: SemVer;
  meta: ItemMeta;
  flow: ApplicantFlow;
  approval?: ApprovalLane;
  /**
   * Test applicants for the situation simulator (QA). Stay with the item and are exported with it; the compiler ignores them, so they never change the package. Ids are unique (the designer's persona commands keep them so).
   *
   * @maxItems 200
   */
  personas?: Persona[];
}
/**
 * The published 办事指南 / 实施清单 elements (DOMAIN.md 1.3).
 *
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "ItemMeta".
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
   */
  servedParties: ServedParty[];
  /**
   * instant = 即办件 (done on the spot); promised = 承诺件 (done within the promised limit).
   */
  caseType: 'instant' | 'promised';
  /**
   * @minItems 1
   */
  channels: Channel[];
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
 * Text in zh-CN (required) and optionally en and zh-Hant. Always rendered as text, never as HTML.
 *
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "LocalText".
 */
export interface LocalText {
  'zh-CN': Text;
  en?: Text;
  'zh-Hant'?: Text;
}
/**
 * Catalogue codes are opaque strings tagged with their scheme; their formats differ by province, so no logic parses them.
 *
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "ItemCode".
 */
export interface ItemCode {
  scheme: 'national-basic' | 'national-task' | 'handle-item' | 'local-basic' | 'local-task' | 'other';
  value: string;
  region?: string;
}
/**
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "ItemType".
 */
export interface ItemType {
  code: string;
  label: LocalText;
  scheme: 'national' | 'local';
}
/**
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "Agency".
 */
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
/**
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "LegalBasis".
 */
export interface LegalBasis {
  title: LocalText;
  article?: string;
  revision?: string;
}
/**
 * 到办事现场次数; a count above 0 needs a reason (lint SVC031).
 *
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "Visits".
 */
export interface Visits {
  count: number;
  reason?: LocalText;
}
/**
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "TimeLimit".
 */
export interface TimeLimit {
  value: number;
  unit: 'working-day' | 'natural-day' | 'month';
  note?: LocalText;
}
/**
 * Either free (不收费), or the fee items. Guides must say 不收费 rather than leave fees blank (lint SVC032).
 *
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "Fees".
 */
export interface Fees {
  free: boolean;
  note?: LocalText;
  /**
   * @maxItems 50
   */
  items?: FeeItem[];
}
/**
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "FeeItem".
 */
export interface FeeItem {
  name: LocalText;
  standard: LocalText;
  amountYuan?: number;
  basis: LocalText;
  reducible?: boolean;
}
/**
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "Result".
 */
export interface Result {
  name: LocalText;
  kind: 'certificate' | 'approval' | 'other';
  eLicence?: boolean;
  validity?: LocalText;
}
/**
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "Contact".
 */
export interface Contact {
  kind: 'phone' | 'hotline' | 'window' | 'email' | 'website' | 'complaint';
  label: LocalText;
  value: string;
}
/**
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "Location".
 */
export interface Location {
  name: LocalText;
  address: LocalText;
  hours?: LocalText;
}
/**
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "FaqEntry".
 */
export interface FaqEntry {
  question: LocalText;
  answer: LocalText;
}
/**
 * The applicant's path: a directed acyclic graph from the start node to end nodes. Every edge whose condition holds is followed; a node is on the applicant's path when an incoming edge is followed from a node on the path.
 *
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "ApplicantFlow".
 */
export interface ApplicantFlow {
  /**
   * @maxItems 10000
   */
  nodes: FlowNode[];
  /**
   * @maxItems 20000
   */
  edges: FlowEdge[];
}
/**
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "StartNode".
 */
export interface StartNode {
  id: NodeId;
  kind: 'start';
  position: Position;
}
/**
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "Position".
 */
export interface Position {
  x: number;
  y: number;
}
/**
 * A 情形 question. Its answer is stored under its key; conditions reference it by the node id.
 *
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "SituationNode".
 */
export interface SituationNode {
  id: NodeId;
  kind: 'situation';
  key: Key;
  position: Position;
  question: LocalText;
  hint?: LocalText;
  answerType: 'single-choice' | 'multi-choice' | 'yes-no' | 'number' | 'integer';
  /**
   * @maxItems 100
   */
  options?: ChoiceOption[];
  minimum?: number;
  maximum?: number;
  unit?: LocalText;
  /**
   * Whether the question and answer appear on the printed 一次性告知单.
   */
  showInNotice?: boolean;
}
/**
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "ChoiceOption".
 */
export interface ChoiceOption {
  value: string;
  label: LocalText;
  hint?: LocalText;
}
/**
 * A form page with fields. Its data is stored under its key.
 *
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "StepNode".
 */
export interface StepNode {
  id: NodeId;
  kind: 'step';
  key: Key;
  position: Position;
  title: LocalText;
  description?: LocalText;
  /**
   * @minItems 1
   * @maxItems 2000
   */
  fields: Field[];
}
/**
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "UploadRule".
 */
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
 * An application material (申请材料), required when the node is on the applicant's path (DOMAIN.md 1.4).
 *
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "MaterialNode".
 */
export interface MaterialNode {
  id: NodeId;
  kind: 'material';
  key: Key;
  position: Position;
  name: LocalText;
  description?: LocalText;
  /**
   * 材料类型: 证件证书证明 / 申请表格文书 / 其他.
   */
  category: 'certificate' | 'form' | 'other';
  /**
   * 原件 / 复印件 / 原件和复印件 / 原件或复印件 / 电子材料.
   */
  form: 'original' | 'copy' | 'original-and-copy' | 'original-or-copy' | 'electronic';
  copies?: {
    original?: number;
    copy?: number;
  };
  paperFormat?: string;
  /**
   * 必要 / 非必要 / 容缺后补 (required but may be supplied after acceptance).
   */
  necessity: 'required' | 'optional' | 'deferrable';
  /**
   * How the applicant may satisfy the material, most convenient first. sharedData = 免提交 (the office fetches it).
   *
   * @maxItems 5
   */
  ways: ('sharedData' | 'eLicence' | 'upload' | 'commitment' | 'paper')[];
  upload?: UploadRule;
  eLicence?: {
    catalogCode: string;
    name?: LocalText;
  };
  /**
   * 容缺后补: working days after acceptance by which the material must be supplied.
   */
  deferral?: {
    workingDays: number;
  };
  /**
   * 告知承诺: the text the applicant signs instead of providing the proof.
   */
  commitment?: {
    text: LocalText;
  };
  legalBasis?: LocalText;
  /**
   * 来源渠道: 申请人自备 / 政府部门核发 / 中介机构等出具 / 办理机关提供 (e.g. 申请表).
   */
  source: 'applicant' | 'government' | 'third-party' | 'office';
  sourceNote?: LocalText;
  blankFormUrl?: Url;
  sampleUrl?: Url;
  acceptanceCriteria?: LocalText;
  fillInstructions?: LocalText;
  signatureRequirement?: LocalText;
}
/**
 * submit = the application is submitted; exit = the applicant cannot apply on this path (e.g. not eligible), with the reason shown to them.
 *
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "EndNode".
 */
export interface EndNode {
  id: NodeId;
  kind: 'end';
  position: Position;
  outcome: 'submit' | 'exit';
  title?: LocalText;
  reason?: LocalText;
}
/**
 * An edge of the applicant flow. With a condition it is followed when the condition holds; with otherwise it is followed when no sibling condition holds; with neither it is always followed.
 *
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "FlowEdge".
 */
export interface FlowEdge {
  id: NodeId;
  source: NodeId;
  target: NodeId;
  condition?: Condition;
  otherwise?: true;
  label?: LocalText;
}
/**
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "AllCondition".
 */
export interface AllCondition {
  /**
   * @minItems 1
   * @maxItems 50
   */
  all: Condition[];
}
/**
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "AnyCondition".
 */
export interface AnyCondition {
  /**
   * @minItems 1
   * @maxItems 50
   */
  any: Condition[];
}
/**
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "NotCondition".
 */
export interface NotCondition {
  not: Condition;
}
/**
 * Compares one answer. Every operator except isEmpty is false while the field has no value.
 *
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "Comparison".
 */
export interface Comparison {
  field: NodeId;
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
  value?: ConditionValue;
}
/**
 * The stages after submission (受理, 审查, 决定, 制证, 送达 …). Separate from the applicant flow: a 补正 outcome returns the case to the applicant instead of being an edge.
 *
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "ApprovalLane".
 */
export interface ApprovalLane {
  entry: NodeId;
  /**
   * @minItems 1
   * @maxItems 200
   */
  nodes: ApprovalNode[];
  /**
   * @maxItems 1000
   */
  edges: ApprovalEdge[];
}
/**
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "ApprovalNode".
 */
export interface ApprovalNode {
  id: NodeId;
  kind: 'approval';
  key: Key;
  position: Position;
  stage: 'accept' | 'review' | 'decide' | 'certify' | 'deliver' | 'custom';
  name: LocalText;
  role?: LocalText;
  /**
   * Time budget in working days.
   */
  budgetDays: number;
  /**
   * @minItems 1
   */
  outcomes: ApprovalOutcome[];
  criteria?: LocalText;
  /**
   * @maxItems 20
   */
  specialProcedures?: SpecialProcedure[];
}
/**
 * 特别程序 (听证, 检验, 专家评审 …): by law (行政许可法 art. 45) their time does not count against the limit.
 *
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "SpecialProcedure".
 */
export interface SpecialProcedure {
  name: LocalText;
  days: number;
  basis?: LocalText;
}
/**
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "ApprovalEdge".
 */
export interface ApprovalEdge {
  id: NodeId;
  source: NodeId;
  target: NodeId;
  outcome: ApprovalOutcome;
}
/**
 * A named set of situation answers (情形) and, optionally, the materials QA expects those answers to require.
 *
 * This interface was referenced by `ServiceDefinition`'s JSON-Schema
 * via the `definition` "Persona".
 */
export interface Persona {
  id: NodeId;
  name: LocalText;
  description?: LocalText;
  /**
   * Situation key → answer, as in the submission.
   */
  answers: {
    [k: string]: ConditionValue | undefined;
  };
  /**
   * Material keys these answers should require (compared with the simulator's checklist).
   *
   * @maxItems 500
   */
  expectedMaterials?: Key[];
}
