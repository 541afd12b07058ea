import type { NodeProps } from '@xyflow/react';
import { editorStrings } from '../../editor/strings.ts';
import { localText } from '../../i18n.ts';
import type { CanvasNode } from '../toFlow.ts';
import { NodeShell } from './NodeShell.tsx';

/** An end: 提交 (the application is submitted) or 不能申请 with the reason the applicant is shown. */
export function EndNode({ data, selected }: NodeProps<CanvasNode>) {
  const s = editorStrings(data.lang);
  const node = data.node;
  if (node.kind !== 'end') return null;
  return (
    <NodeShell kind="end" badge={s.kinds.end} selected={selected} problem={data.problem} source={false}>
      <div className={`canvas-node__outcome canvas-node__outcome--${node.outcome}`}>{s.outcomes[node.outcome]}</div>
      {node.title && <div className="canvas-node__title">{localText(node.title, data.lang)}</div>}
      {node.outcome === 'exit' && node.reason && <div className="canvas-node__reason">{localText(node.reason, data.lang)}</div>}
    </NodeShell>
  );
}
