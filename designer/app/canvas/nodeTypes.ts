// One component per node kind; the ids are the model's kebab-case kinds.
import type { NodeTypes } from '@xyflow/react';
import { ApprovalStageNode } from './nodes/approval.tsx';
import { EndNode } from './nodes/end.tsx';
import { MaterialNode } from './nodes/material.tsx';
import { SituationNode } from './nodes/situation.tsx';
import { StartNode } from './nodes/start.tsx';
import { StepNode } from './nodes/step.tsx';

/** Defined once at module level: React Flow warns when nodeTypes changes identity between renders. */
export const nodeTypes: NodeTypes = {
  start: StartNode,
  situation: SituationNode,
  step: StepNode,
  material: MaterialNode,
  end: EndNode,
  approval: ApprovalStageNode,
};
