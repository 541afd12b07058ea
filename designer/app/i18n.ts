// The designer's own UI text in zh-CN (default) and en. Content written by administrators comes from the
// definition's LocalText instead (see localText).
import type { LocalText } from '../../schemas/service.types.ts';

/** UI languages of the designer. */
export type Lang = 'zh-CN' | 'en';

const zh = {
  appTitle: 'Banshi 办事 · 服务事项设计器',
  skipToContent: '跳到主要内容',
  languageSwitch: 'English',
  languageSwitchLabel: 'Switch to English',
  catalogueHeading: '服务事项',
  catalogueIntro: '本目录列出 examples/ 中的服务事项定义。选择一个事项，查看其办事指南、申请流程和审批环节。',
  catalogueEmpty: 'examples/ 中还没有服务事项。把 <id>/<id>.service.json 放入 examples/ 后，事项会出现在这里。',
  catalogueCount: (n: number) => `共 ${n} 个事项`,
  skippedIntro: '以下文件不是格式版本 1 的服务事项定义，未显示：',
  itemType: '事项类型',
  agency: '实施机关',
  legalTimeLimit: '法定办结时限',
  promisedTimeLimit: '承诺办结时限',
  situations: '情形',
  steps: '步骤',
  materials: '材料',
  back: '返回事项目录',
  breadcrumb: '页面导航',
  notFound: (id: string) => `没有找到事项“${id}”。`,
  guideHeading: '办事指南',
  summary: '事项概述',
  caseType: '办件类型',
  caseTypes: { instant: '即办件', promised: '承诺件' },
  channels: '办理渠道',
  channelNames: { window: '窗口办理', online: '网上办理', mobile: '移动端办理', mail: '邮寄办理', kiosk: '自助终端' },
  visits: '到现场次数',
  visitCount: (n: number) => `${n} 次`,
  fees: '收费',
  free: '不收费',
  charged: '收费',
  legalBasis: '设定依据',
  conditions: '受理条件',
  flowHeading: '申请流程',
  flowIntro: (nodes: number, edges: number) => `${nodes} 个节点，${edges} 条连线，从开始节点起依次列出。`,
  nodeKinds: { start: '开始', situation: '情形', step: '步骤', material: '材料', end: '结束' },
  endOutcomes: { submit: '提交申请', exit: '不能申请' },
  outgoing: '去向',
  always: '总是',
  otherwise: '其他情况',
  noOutgoing: '（无后续）',
  unreachable: '从开始节点无法到达',
  approvalHeading: '审批环节',
  approvalNone: '此事项未定义审批环节。',
  stages: { accept: '受理', review: '审查', decide: '决定', certify: '制证', deliver: '送达', custom: '其他环节' },
  stage: '环节',
  stageName: '名称',
  budget: '时限',
  totalBudget: '合计',
  timeUnits: {
    'working-day': (n: number) => `${n} 个工作日`,
    'natural-day': (n: number) => `${n} 个自然日`,
    month: (n: number) => `${n} 个月`,
  },
  workingDays: (n: number) => `${n} 个工作日`,
};

type Dictionary = typeof zh;

const en: Dictionary = {
  appTitle: 'Banshi · Service item designer',
  skipToContent: 'Skip to main content',
  languageSwitch: '中文',
  languageSwitchLabel: '切换到中文',
  catalogueHeading: 'Service items',
  catalogueIntro: 'The service item definitions found in examples/. Choose one to see its guide, its applicant flow and its approval stages.',
  catalogueEmpty: 'There are no service items in examples/ yet. Put <id>/<id>.service.json files into examples/ and they appear here.',
  catalogueCount: (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`,
  skippedIntro: 'These files are not service definitions of format version 1 and are not shown:',
  itemType: 'Item type',
  agency: 'Implementing agency',
  legalTimeLimit: 'Legal time limit',
  promisedTimeLimit: 'Promised time limit',
  situations: 'situations',
  steps: 'steps',
  materials: 'materials',
  back: 'Back to the catalogue',
  breadcrumb: 'Page navigation',
  notFound: (id: string) => `There is no item “${id}”.`,
  guideHeading: 'Service guide',
  summary: 'Summary',
  caseType: 'Case type',
  caseTypes: { instant: 'Done on the spot', promised: 'Done within the promised limit' },
  channels: 'Channels',
  channelNames: { window: 'At a service window', online: 'Online', mobile: 'Mobile', mail: 'By mail', kiosk: 'Self-service kiosk' },
  visits: 'Visits in person',
  visitCount: (n: number) => `${n}`,
  fees: 'Fees',
  free: 'Free of charge',
  charged: 'Charged',
  legalBasis: 'Legal basis',
  conditions: 'Conditions',
  flowHeading: 'Applicant flow',
  flowIntro: (nodes: number, edges: number) => `${nodes} nodes and ${edges} edges, listed from the start node on.`,
  nodeKinds: { start: 'Start', situation: 'Situation', step: 'Step', material: 'Material', end: 'End' },
  endOutcomes: { submit: 'submit', exit: 'cannot apply' },
  outgoing: 'Goes to',
  always: 'always',
  otherwise: 'otherwise',
  noOutgoing: '(nothing follows)',
  unreachable: 'not reachable from the start node',
  approvalHeading: 'Approval stages',
  approvalNone: 'This item defines no approval stages.',
  stages: { accept: 'Acceptance', review: 'Review', decide: 'Decision', certify: 'Certificate', deliver: 'Delivery', custom: 'Other stage' },
  stage: 'Stage',
  stageName: 'Name',
  budget: 'Time',
  totalBudget: 'Total',
  timeUnits: {
    'working-day': (n: number) => `${n} working ${n === 1 ? 'day' : 'days'}`,
    'natural-day': (n: number) => `${n} calendar ${n === 1 ? 'day' : 'days'}`,
    month: (n: number) => `${n} ${n === 1 ? 'month' : 'months'}`,
  },
  workingDays: (n: number) => `${n} working ${n === 1 ? 'day' : 'days'}`,
};

const dictionaries: Record<Lang, Dictionary> = { 'zh-CN': zh, en };

/** The UI strings of one language. */
export function dictionary(lang: Lang): Dictionary {
  return dictionaries[lang];
}

/** Administrator-written text in the UI language, falling back to zh-CN (the only required language). */
export function localText(text: LocalText | undefined, lang: Lang): string {
  if (!text) return '';
  return (lang === 'en' ? text.en : undefined) ?? text['zh-CN'];
}
