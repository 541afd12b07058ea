import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadExampleCatalogue } from './items.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A fetch that serves the repository's files by URL path, with a hook to break one of them. */
function repositoryFetch(override: (path: string) => Response | undefined = () => undefined): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const path = new URL(String(input), 'http://127.0.0.1/').pathname;
    const replaced = override(path);
    if (replaced) return replaced;
    try {
      return new Response(await readFile(`${root}${decodeURIComponent(path)}`, 'utf8'), { status: 200 });
    } catch {
      return new Response('not found', { status: 404 });
    }
  }) as typeof fetch;
}

describe('the examples, fetched as data', () => {
  it('offers every example of examples/, sorted by id', async () => {
    const catalogue = await loadExampleCatalogue(repositoryFetch());
    expect(catalogue.skipped).toEqual([]);
    expect(catalogue.items.map((item) => item.id)).toEqual(['gd-elderly-card', 'gd-passport-issue', 'gd-pension-enrolment', 'gd-residence-permit', 'gd-sole-trader-registration']);
  });

  it('lists a file it could not fetch or parse, with why, and offers the others', async () => {
    const catalogue = await loadExampleCatalogue(
      repositoryFetch((path) => {
        if (path.includes('gd-passport-issue')) return new Response('gone', { status: 404 });
        if (path.includes('gd-pension-enrolment')) return new Response('{ "formatVersion": 1,', { status: 200 });
        return undefined;
      }),
    );
    expect(catalogue.items.map((item) => item.id)).toEqual(['gd-elderly-card', 'gd-residence-permit', 'gd-sole-trader-registration']);
    expect(catalogue.skipped.map((file) => file.path)).toEqual(['/examples/gd-passport-issue/gd-passport-issue.service.json', '/examples/gd-pension-enrolment/gd-pension-enrolment.service.json']);
    expect(catalogue.skipped[0]!.reason).toBe('could not be loaded (HTTP 404)');
    expect(catalogue.skipped[1]!.reason).toMatch(/^could not be loaded \(/);
  });
});
