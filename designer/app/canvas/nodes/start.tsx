import type { NodeProps } from '@xyflow/react';
import { editorStrings } from '../../editor/strings.ts';
import type { CanvasNode } from '../toFlow.ts';
import { NodeShell } from './NodeShell.tsx';

/** The start node: where every applicant begins. */
export function StartNode({ data, selected }: NodeProps<CanvasNode>) {
  const s = editorStrings(data.lang);
  return <NodeShell kind="start" badge={s.kinds.start} selected={selected} problem={data.problem} target={false} />;
}
