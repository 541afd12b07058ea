// The palette: one button per node kind. Drag a button onto the canvas, or press Enter on it to add the node at
// the centre of the view (the keyboard path; focus then moves to the inspector so the new node can be named).
import type { DragEvent } from 'react';
import { PALETTE_MIME } from '../canvas/Canvas.tsx';
import { useCanvasActions } from '../canvas/useCanvasActions.ts';
import type { Lang } from '../i18n.ts';
import { selectDocument } from '../store/designerStore.ts';
import { useDesigner } from '../store/useDesigner.ts';
import { editorStrings, type PaletteKind } from './strings.ts';

const KINDS: readonly PaletteKind[] = ['start', 'situation', 'step', 'material', 'end', 'approval'];

export interface PaletteProps {
  readonly lang: Lang;
  /** Called after a node was added by the keyboard path, with its id. */
  readonly onAdded?: (id: string) => void;
}

/** The node palette. */
export function Palette({ lang, onAdded }: PaletteProps) {
  const s = editorStrings(lang);
  const actions = useCanvasActions();
  const hasStart = useDesigner((state) => selectDocument(state)?.flow.nodes.some((node) => node.kind === 'start') ?? false);

  const onDragStart = (kind: PaletteKind) => (event: DragEvent) => {
    event.dataTransfer.setData(PALETTE_MIME, kind);
    event.dataTransfer.effectAllowed = 'copy';
  };

  return (
    <nav className="palette" aria-labelledby="palette-heading">
      <h2 id="palette-heading" className="panel-heading">{s.palette}</h2>
      <p className="palette__hint" id="palette-hint">{s.paletteHint}</p>
      <ul className="palette__list">
        {KINDS.map((kind) => {
          // The flow has exactly one start (lint SVC002): a second one is not offered.
          const disabled = kind === 'start' && hasStart;
          return (
            <li key={kind}>
              <button
                type="button"
                className={`palette__item palette__item--${kind}`}
                draggable={!disabled}
                disabled={disabled}
                title={disabled ? s.startExists : undefined}
                aria-label={s.addKind(s.kinds[kind])}
                aria-describedby="palette-hint"
                data-kind={kind}
                onDragStart={onDragStart(kind)}
                onClick={() => {
                  const id = actions.addNode(kind);
                  if (id) onAdded?.(id);
                }}
              >
                <span className={`palette__swatch palette__swatch--${kind}`} aria-hidden="true" />
                {s.kinds[kind]}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
