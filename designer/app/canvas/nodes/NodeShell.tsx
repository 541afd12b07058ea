// The frame every canvas node shares: a kind badge, the node's content, and its handles. Handles carry no
// aria-label (axe flags aria-label on a plain div); the node itself is labelled through React Flow's ariaLabel.
import { Handle, Position } from '@xyflow/react';
import type { ReactNode } from 'react';
import type { PaletteKind } from '../../editor/strings.ts';

export interface NodeShellProps {
  readonly kind: PaletteKind;
  readonly badge: string;
  readonly selected: boolean;
  readonly problem?: 'error' | 'warning';
  /** Whether the node accepts incoming edges (not the start node). */
  readonly target?: boolean;
  /** Whether edges may leave the node (not an end node). */
  readonly source?: boolean;
  readonly children?: ReactNode;
}

/** The shared frame of a canvas node. */
export function NodeShell({ kind, badge, selected, problem, target = true, source = true, children }: NodeShellProps) {
  const classes = ['canvas-node', `canvas-node--${kind}`];
  if (selected) classes.push('is-selected');
  if (problem) classes.push(`has-${problem}`);
  return (
    <div className={classes.join(' ')}>
      {target && <Handle type="target" position={Position.Left} />}
      <div className="canvas-node__badge">{badge}</div>
      {children}
      {source && <Handle type="source" position={Position.Right} />}
    </div>
  );
}
