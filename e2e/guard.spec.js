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
