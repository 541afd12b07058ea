// Proves the guard (guard.js) catches what it must: each kind of problem is provoked in the real browser,
// then taken from the guard so that this test itself passes. If the guard stopped catching one, this fails.

function expectRecorded(problems, kind) {
  if (!problems.some((problem) => problem.startsWith(kind))) {
    throw new Error(`the guard did not record “${kind}”; it recorded:\n${problems.join('\n') || '(nothing)'}`);
  }
}

export async function guardRecordsConsoleErrorsAndPageErrors({ page, baseURL, guard }) {
  await page.goto(baseURL);
  await page.getByRole('heading', { level: 1 }).waitFor();
  guard.take();
  await page.evaluate(() => {
    console.error('guard self-test');
    setTimeout(() => {
      throw new Error('guard self-test: uncaught');
    });
  });
  await page.waitForTimeout(200);
  const problems = guard.take();
  expectRecorded(problems, 'console error: guard self-test');
  expectRecorded(problems, 'page error');
}

export async function guardRecordsHttpErrorsAndCspViolations({ page, baseURL, guard }) {
  await page.goto(baseURL);
  await page.getByRole('heading', { level: 1 }).waitFor();
  guard.take();
  await page.evaluate(async () => {
    await fetch('/no-such-file.json');
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
  });
  await page.waitForTimeout(200);
  const problems = guard.take();
  expectRecorded(problems, 'HTTP 404');
  expectRecorded(problems, 'CSP violation: script-src');
  if (await page.evaluate(() => 'inlineRan' in window)) throw new Error('an inline script ran: the preview server sends no CSP');
}

export async function guardBlocksAndRecordsRequestsOffThisHost({ page, baseURL, guard }) {
  const foreign = baseURL.replace('127.0.0.1', 'localhost');
  await page.goto(foreign).catch(() => {});
  const problems = guard.take();
  expectRecorded(problems, 'request to a host other than 127.0.0.1');
  if (page.url().startsWith(foreign)) throw new Error('the foreign navigation was not blocked');
}

/**
 * A reload cancels the old document's requests still under way (net::ERR_ABORTED): not a failure. A request
 * aborted while its page stays is one, and is recorded.
 */
export async function guardIgnoresRequestsCancelledByAReloadOnly({ page, baseURL, guard }) {
  let release = () => {};
  const held = new Promise((resolve) => (release = resolve));
  const slow = /\/guard-self-test-slow\.js$/;
  // A fetch the page itself aborts a moment later (net::ERR_ABORTED while the page stays).
  const abortFromThePage = () =>
    page.evaluate(() => {
      const controller = new AbortController();
      fetch('/guard-self-test-slow.js', { signal: controller.signal }).catch(() => {});
      setTimeout(() => controller.abort(), 100);
    });
  await page.route(slow, async (route) => {
    await held;
    await route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }).catch(() => {});
  });
  try {
    await page.goto(baseURL);
    await page.getByRole('heading', { level: 1 }).waitFor();
    guard.take();
    // under way when the page reloads
    const started = page.waitForRequest(slow);
    await page.evaluate(() => void fetch('/guard-self-test-slow.js').catch(() => {}));
    await started;
    const failed = page.waitForEvent('requestfailed');
    await page.reload();
    await failed;
    await page.getByRole('heading', { level: 1 }).waitFor();
    const afterReload = guard.take();
    if (afterReload.length > 0) throw new Error(`the guard recorded a request the reload cancelled:\n${afterReload.join('\n')}`);
    // aborted by the page itself, which stays
    const abortedHere = page.waitForEvent('requestfailed');
    await abortFromThePage();
    await abortedHere;
    expectRecorded(guard.take(), 'failed request');
    // a navigation that never replaces the page (204 No Content; Chromium reports it as a failed navigation
    // request): an abort afterwards is still the page's own
    await page.route(/\/guard-self-test-no-content$/, (route) => route.fulfill({ status: 204, body: '' }));
    const navigationEnded = page.waitForEvent('requestfailed', { predicate: (request) => request.isNavigationRequest(), timeout: 5000 });
    await page.evaluate(() => {
      location.href = '/guard-self-test-no-content';
    });
    await navigationEnded;
    guard.take();
    const abortedAfter = page.waitForEvent('requestfailed', { predicate: (request) => request.url().endsWith('/guard-self-test-slow.js'), timeout: 5000 });
    await abortFromThePage();
    await abortedAfter;
    expectRecorded(guard.take(), 'failed request');
  } finally {
    release();
    await page.unroute(slow);
    await page.unroute(/\/guard-self-test-no-content$/);
  }
}
