import type { NodeProps } from '@xyflow/react';
import { editorStrings } from '../../editor/strings.ts';
import { localText } from '../../i18n.ts';
import type { CanvasNode } from '../toFlow.ts';
import { NodeShell } from './NodeShell.tsx';

/** An approval stage in the lane below the applicant flow: its kind, name and time budget. */
export function ApprovalStageNode({ data, selected }: NodeProps<CanvasNode>) {
  const s = editorStrings(data.lang);
  const node = data.node;
  if (node.kind !== 'approval') return null;
  return (
    <NodeShell kind="approval" badge={s.stageKinds[node.stage]} selected={selected} problem={data.problem}>
      <div className="canvas-node__title">{localText(node.name, data.lang)}</div>
      <div className="canvas-node__meta">{s.workingDays(node.budgetDays)}</div>
    </NodeShell>
  );
}
