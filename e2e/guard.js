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
  context.on('requestfailed', (request) => {
    // A foreign request has been recorded already, as such.
    if (!isForeignUrl(request.url())) record('failed request', `${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'unknown'}`);
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
      const taken = problems;
      problems = [];
      return taken;
    },
  };
}
