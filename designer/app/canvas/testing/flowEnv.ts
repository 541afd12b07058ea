// jsdom stand-ins React Flow needs (STACK.md): ResizeObserver, DOMMatrixReadOnly, element sizes and
// SVGElement.getBBox. Good enough to render, select and fire changes; real geometry is tested in the browser.

class ResizeObserverStandIn {
  private readonly callback: ResizeObserverCallback;
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
  }
  observe(target: Element) {
    // Report one size right away, as a browser does on observe, so React Flow measures its nodes.
    this.callback([{ target, contentRect: target.getBoundingClientRect() } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}

class DOMMatrixReadOnlyStandIn {
  readonly m22: number;
  constructor(transform?: string) {
    const scale = transform?.match(/scale\(([\d.]+)\)/)?.[1];
    this.m22 = scale !== undefined ? Number(scale) : 1;
  }
}

let installed = false;

/** Installs the stand-ins once per test file (jsdom environment only). */
export function installFlowEnvironment(): void {
  if (installed) return;
  installed = true;
  globalThis.ResizeObserver = ResizeObserverStandIn as unknown as typeof ResizeObserver;
  globalThis.DOMMatrixReadOnly = DOMMatrixReadOnlyStandIn as unknown as typeof DOMMatrixReadOnly;
  Object.defineProperties(globalThis.HTMLElement.prototype, {
    offsetHeight: { configurable: true, get() { return Number.parseFloat((this as HTMLElement).style.height) || 80; } },
    offsetWidth: { configurable: true, get() { return Number.parseFloat((this as HTMLElement).style.width) || 200; } },
  });
  (globalThis.SVGElement.prototype as unknown as { getBBox: () => DOMRect }).getBBox = () =>
    ({ x: 0, y: 0, width: 40, height: 12 }) as DOMRect;
}
