// The service items the designer offers as examples: every examples/<id>/<id>.service.json, emitted by Vite's glob
// as a JSON file of its own and fetched when needed (the first run seeds the workspace with them; the catalogue's
// 新建自示例 lists them). Data, not code: the designer's JavaScript carries only their URLs.
import type { ServiceDefinition } from '../../schemas/service.types.ts';

/** A definition file that could not be shown, with why. */
export interface SkippedFile {
  path: string;
  reason: string;
  /** It could not be fetched or parsed (offline, a missing file), as opposed to not being a definition. */
  unavailable?: boolean;
}

/** The catalogue's content: definitions sorted by id, and files that are not definitions of this format. */
export interface Catalogue {
  items: ServiceDefinition[];
  skipped: SkippedFile[];
}

/**
 * A cheap shape check, not schema validation: full validation is the compiler's job (and ajv's `new Function`
 * is not allowed under the designer's CSP). It keeps a half-written example from crashing the page.
 */
function shapeProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'not an object';
  const candidate = value as Partial<ServiceDefinition>;
  if (candidate.formatVersion !== 1) return `formatVersion ${String(candidate.formatVersion)} is not 1`;
  if (typeof candidate.id !== 'string') return 'no id';
  if (typeof candidate.meta?.name?.['zh-CN'] !== 'string') return 'no meta.name';
  if (!Array.isArray(candidate.flow?.nodes) || !Array.isArray(candidate.flow?.edges)) return 'no flow.nodes/flow.edges';
  return undefined;
}

/** Builds the catalogue from `{ path: parsed JSON }` as import.meta.glob returns it. */
export function catalogueFrom(modules: Record<string, unknown>): Catalogue {
  const items: ServiceDefinition[] = [];
  const skipped: SkippedFile[] = [];
  for (const [path, value] of Object.entries(modules)) {
    const problem = shapeProblem(value);
    if (problem) skipped.push({ path, reason: problem });
    else items.push(value as ServiceDefinition);
  }
  items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  skipped.sort((a, b) => (a.path < b.path ? -1 : 1));
  return { items, skipped };
}

// no-inline: a small file would otherwise become a data: URL, which the designer's CSP (connect-src 'self') refuses.
const exampleUrls = import.meta.glob<string>('/examples/*/*.service.json', { query: '?url&no-inline', import: 'default', eager: true });

/**
 * The examples of this build (empty when examples/ holds none yet), fetched. A file that cannot be fetched or
 * parsed is listed in `skipped` with why, like one that is not a definition.
 */
export async function loadExampleCatalogue(fetchFile: typeof fetch = fetch): Promise<Catalogue> {
  const entries = await Promise.all(
    Object.entries(exampleUrls).map(async ([path, url]): Promise<[string, unknown]> => {
      try {
        const response = await fetchFile(url);
        if (!response.ok) return [path, new Error(`HTTP ${response.status}`)];
        return [path, await response.json()];
      } catch (error) {
        return [path, error instanceof Error ? error : new Error(String(error))];
      }
    }),
  );
  const failed = entries.filter((entry): entry is [string, Error] => entry[1] instanceof Error);
  const catalogue = catalogueFrom(Object.fromEntries(entries.filter(([, value]) => !(value instanceof Error))));
  const skipped = [...catalogue.skipped, ...failed.map(([path, error]) => ({ path, reason: `could not be loaded (${error.message})`, unavailable: true }))];
  skipped.sort((a, b) => (a.path < b.path ? -1 : 1));
  return { items: catalogue.items, skipped };
}
