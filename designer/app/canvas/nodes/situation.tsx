import type { NodeProps } from '@xyflow/react';
import { editorStrings } from '../../editor/strings.ts';
import { localText } from '../../i18n.ts';
import type { CanvasNode } from '../toFlow.ts';
import { NodeShell } from './NodeShell.tsx';

const shownOptions = 6;

/** A 情形 question with its options (or its answer type when it has none). */
export function SituationNode({ data, selected }: NodeProps<CanvasNode>) {
  const s = editorStrings(data.lang);
  const node = data.node;
  if (node.kind !== 'situation') return null;
  const options =
    node.answerType === 'yes-no' ? [s.yes, s.no] : (node.options ?? []).map((option) => localText(option.label, data.lang));
  return (
    <NodeShell kind="situation" badge={s.kinds.situation} selected={selected} problem={data.problem}>
      <div className="canvas-node__title">{localText(node.question, data.lang)}</div>
      {options.length > 0 ? (
        <ul className="canvas-node__chips">
          {options.slice(0, shownOptions).map((label, index) => (
            <li key={index}>{label}</li>
          ))}
          {options.length > shownOptions && <li>+{options.length - shownOptions}</li>}
        </ul>
      ) : (
        <div className="canvas-node__meta">{s.answerTypes[node.answerType]}</div>
      )}
    </NodeShell>
  );
}
