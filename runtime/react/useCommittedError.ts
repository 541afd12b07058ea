import { useRef, useState } from 'react';
import type { ValidationError } from '../engine/index.ts';

/**
 * The error to show for a control group: while the citizen is in it, the error as it was when they entered
 * (no verdicts mid-typing); on leaving, the engine's current one. The engine itself shows no error before the
 * citizen first tries to continue from the page, so first-time typing is never judged.
 */
export function useCommittedError(error: ValidationError | undefined): {
  error: ValidationError | undefined;
  onFocus: () => void;
  onBlur: (event: { currentTarget: HTMLElement; relatedTarget: EventTarget | null }) => void;
} {
  const [inside, setInside] = useState(false);
  const shown = useRef(error);
  if (!inside) shown.current = error;
  return {
    error: shown.current,
    onFocus: () => setInside(true),
    onBlur: (event) => {
      if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setInside(false);
    },
  };
}
