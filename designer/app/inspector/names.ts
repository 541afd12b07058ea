// Names of node and stage kinds, shared by the inspector's headings, its stage form and the outline.
import type { ApprovalNode, FlowNode1 } from '../../../schemas/service.types.ts';
import type { Translate } from './lang.ts';

export function nodeKindName(kind: FlowNode1['kind'], t: Translate): string {
  const names = { start: ['开始', 'Start'], situation: ['情形', 'Situation'], step: ['步骤', 'Step'], material: ['材料', 'Material'], end: ['结束', 'End'] } as const;
  return t(names[kind][0], names[kind][1]);
}

export function stageKindName(stage: ApprovalNode['stage'], t: Translate): string {
  const names = { accept: ['受理', 'Acceptance'], review: ['审查', 'Review'], decide: ['决定', 'Decision'], certify: ['制证', 'Certification'], deliver: ['送达', 'Delivery'], custom: ['其他环节', 'Other'] } as const;
  return t(names[stage][0], names[stage][1]);
}
