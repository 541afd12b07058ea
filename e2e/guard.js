// Records what must never happen in a browser test: page errors, console errors, CSP violations, HTTP
// responses >= 400, failed requests and requests to any host but 127.0.0.1. The runner fails a test that
// leaves any of them behind; guard.spec.js proves each kind is caught.

/** Hosts the browser may talk to. Only 127.0.0.1 is reachable on CI machines (STACK.md). */
export const allowedHost = '127.0.0.1';

/** True when a URL would leave this machine's 127.0.0.1 (data:, blob: and about: never do). */
export function isForeignUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol)) return false;
  return parsed.hostname !== allowedHost;
}

/**
 * Installs the guard on a browser context: listeners for every page of it, a route that aborts foreign
 * requests (they are recorded, never sent), and an init script that reports CSP violations.
 * Returns `{ take }`: the problems recorded since the last take, as readable one-line strings.
 */
export async function installGuard(context) {
  let problems = [];
  const record = (kind, detail) => problems.push(`${kind}: ${detail}`);

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isForeignUrl(url)) {
      record('request to a host other than 127.0.0.1', url);
      await route.abort('blockedbyclient');
    } else {
      await route.continue();
    }
  });
  context.on('weberror', (error) => record('page error', error.error().stack ?? error.error().message));
  context.on('console', (message) => {
    if (message.type() === 'error') {
      const { url, lineNumber } = message.location();
      record('console error', `${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    }
  });
  context.on('response', (response) => {
    if (response.status() >= 400) record(`HTTP ${response.status()}`, `${response.request().method()} ${response.url()}`);
  });
  // A reload or a navigation cancels the old document's requests still under way (a chunk loaded after the first
  // paint, say): Chromium reports them as net::ERR_ABORTED. Those are the test's own doing, not a failure; a request
  // aborted while its page stays is one. Each page counts its documents (`generation`, one more when a main-frame
  // navigation that began with a request commits; a hash change begins with none). An abort of a request from an
  // earlier document is ignored. One from the current document while a navigation is under way is parked: dropped
  // when that navigation commits, recorded if it never does (a 204, a download, a blocked link: the page stays).
  const pageStates = new WeakMap(); // page → { generation, navigating, parked: [] }
  const stateOf = (page) => {
    let state = pageStates.get(page);
    if (!state) {
      state = { generation: 0, navigating: false, parked: [] };
      pageStates.set(page, state);
      page.on('framenavigated', (frame) => {
        if (frame !== page.mainFrame() || !state.navigating) return;
        state.generation += 1;
        state.navigating = false;
        state.parked = [];
      });
    }
    return state;
  };
  const unpark = (state) => {
    for (const [kind, detail] of state.parked) record(kind, detail);
    state.parked = [];
    state.navigating = false;
  };
  const touched = new Set(); // states that may hold parked failures, for take()
  const generationOf = new WeakMap(); // request → its page's generation when it started
  const frameOf = (request) => {
    try {
      return request.frame();
    } catch {
      return undefined; // a service worker's request has no frame
    }
  };
  context.pages().forEach(stateOf);
  context.on('page', stateOf);
  context.on('request', (request) => {
    const frame = frameOf(request);
    const page = frame?.page();
    if (!page) return;
    const state = stateOf(page);
    if (request.isNavigationRequest() && frame === page.mainFrame()) {
      state.navigating = true;
      touched.add(state);
    } else generationOf.set(request, state.generation);
  });
  context.on('requestfailed', (request) => {
    // A foreign request has been recorded already, as such.
    if (isForeignUrl(request.url())) return;
    const detail = `${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'unknown'}`;
    const frame = frameOf(request);
    const page = frame?.page();
    const state = page ? stateOf(page) : undefined;
    if (state && request.isNavigationRequest() && frame === page.mainFrame()) {
      // The navigation itself failed: the old document stays, and what it lost is the test's to know.
      record('failed request', detail);
      unpark(state);
      return;
    }
    if (state && request.failure()?.errorText === 'net::ERR_ABORTED') {
      if ((generationOf.get(request) ?? state.generation) < state.generation) return;
      if (state.navigating) {
        state.parked.push(['failed request', detail]);
        return;
      }
    }
    record('failed request', detail);
  });
  await context.exposeBinding('__banshiReportCspViolation', (_source, violation) => {
    record('CSP violation', `${violation.effectiveDirective} blocked ${violation.blockedURI || 'inline code'} (${violation.sourceFile || 'page'}:${violation.lineNumber})`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__banshiReportCspViolation({
        effectiveDirective: event.effectiveDirective,
        blockedURI: event.blockedURI,
        sourceFile: event.sourceFile,
        lineNumber: event.lineNumber,
      });
    });
  });

  return {
    /** Problems recorded since the last call, and forgets them. */
    take() {
      for (const state of touched) unpark(state);
      touched.clear();
      const taken = problems;
      problems = [];
      return taken;
    },
  };
}
