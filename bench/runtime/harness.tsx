/**
 * The in-page half of the benchmark, shared by both pages. The runner (run.js) reads `window.__bench`.
 *
 * - mount: navigation start (performance.timeOrigin) to the first field painted: after render(), every animation
 *   frame checks for the first field; once it exists, a task posted from that frame runs after its paint.
 * - keystroke / validation: the runner arms a measurement, then presses a key or clicks. A capture listener takes
 *   t0 when the keydown / click is dispatched; the end is the first animation frame after a React commit that
 *   happened after t0 (reported by <Profiler>, with react-dom/profiling aliased in the bench build) and, for
 *   validation, once the error summary exists, plus a task posted from that frame (after its paint).
 */
import { Profiler, StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

type Kind = 'keystroke' | 'validation';

interface Armed {
  kind: Kind;
  done: string | null;
  t0: number | null;
}

export interface BenchState {
  side: string;
  n: number;
  mount: number | null;
  commits: number;
  /** Sum of <Profiler> actualDuration over all commits (ms): React render work, without layout and paint. */
  renderMs: number;
  keystroke: number[];
  validation: number[];
  error: string | null;
  arm(kind: Kind, doneSelector?: string | null): void;
}

declare global {
  interface Window {
    __bench: BenchState;
  }
}

let lastCommit = 0;
let armed: Armed | null = null;

function afterPaint(callback: () => void) {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(null);
}

function waitForFrameAfterCommit(measurement: Armed, t0: number) {
  const frame = () => {
    const committed = lastCommit > t0;
    const ready = measurement.done === null || document.querySelector(measurement.done) !== null;
    if (committed && ready) {
      afterPaint(() => {
        window.__bench[measurement.kind].push(performance.now() - t0);
      });
    } else if (performance.now() - t0 > 20_000) {
      window.__bench.error = `${measurement.kind}: no commit${ready ? '' : ` / no ${measurement.done}`} within 20 s`;
    } else {
      requestAnimationFrame(frame);
    }
  };
  requestAnimationFrame(frame);
}

function start(kind: Kind) {
  if (!armed || armed.kind !== kind || armed.t0 !== null) return;
  const t0 = performance.now();
  armed.t0 = t0;
  const measurement = armed;
  armed = null;
  waitForFrameAfterCommit(measurement, t0);
}

/** Mounts `element` in #root with the timing instrumentation; `firstField` selects the first field's control. */
export function mountBench(side: string, n: number, element: ReactNode, firstField: string) {
  window.__bench = {
    side,
    n,
    mount: null,
    commits: 0,
    renderMs: 0,
    keystroke: [],
    validation: [],
    error: null,
    arm(kind, doneSelector = null) {
      armed = { kind, done: doneSelector, t0: null };
    },
  };
  window.addEventListener('keydown', () => start('keystroke'), { capture: true });
  window.addEventListener('click', () => start('validation'), { capture: true });

  const onRender = (_id: string, _phase: string, actualDuration: number) => {
    lastCommit = performance.now();
    window.__bench.commits += 1;
    window.__bench.renderMs += actualDuration;
  };
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Profiler id={side} onRender={onRender}>
        {element}
      </Profiler>
    </StrictMode>,
  );
  const frame = () => {
    if (document.querySelector(firstField)) afterPaint(() => (window.__bench.mount = performance.now()));
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}
