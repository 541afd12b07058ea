import type { NodeProps } from '@xyflow/react';
import { editorStrings } from '../../editor/strings.ts';
import { localText } from '../../i18n.ts';
import type { CanvasNode } from '../toFlow.ts';
import { NodeShell } from './NodeShell.tsx';

/** A form page: its title and how many fields it asks for. */
export function StepNode({ data, selected }: NodeProps<CanvasNode>) {
  const s = editorStrings(data.lang);
  const node = data.node;
  if (node.kind !== 'step') return null;
  return (
    <NodeShell kind="step" badge={s.kinds.step} selected={selected} problem={data.problem}>
      <div className="canvas-node__title">{localText(node.title, data.lang)}</div>
      <div className="canvas-node__meta">{s.fieldCount(node.fields.length)}</div>
    </NodeShell>
  );
}
