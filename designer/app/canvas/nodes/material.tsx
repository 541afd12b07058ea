import type { NodeProps } from '@xyflow/react';
import { editorStrings } from '../../editor/strings.ts';
import { localText } from '../../i18n.ts';
import type { CanvasNode } from '../toFlow.ts';
import { NodeShell } from './NodeShell.tsx';

/** An application material: its name, necessity and the ways an applicant may satisfy it. */
export function MaterialNode({ data, selected }: NodeProps<CanvasNode>) {
  const s = editorStrings(data.lang);
  const node = data.node;
  if (node.kind !== 'material') return null;
  return (
    <NodeShell kind="material" badge={s.kinds.material} selected={selected} problem={data.problem}>
      <div className="canvas-node__title">{localText(node.name, data.lang)}</div>
      <div className={`canvas-node__necessity canvas-node__necessity--${node.necessity}`}>{s.necessity[node.necessity]}</div>
      <ul className="canvas-node__chips">
        {node.ways.map((way) => (
          <li key={way}>{s.ways[way]}</li>
        ))}
      </ul>
    </NodeShell>
  );
}
