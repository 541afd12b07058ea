// The service items the designer opens: every examples/<id>/<id>.service.json, bundled by Vite's glob.
import type { ServiceDefinition } from '../../schemas/service.types.ts';

/** A definition file that could not be shown, with why. */
export interface SkippedFile {
  path: string;
  reason: string;
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

/** The examples bundled into this build (empty when examples/ holds none yet). */
export function exampleCatalogue(): Catalogue {
  return catalogueFrom(import.meta.glob('/examples/*/*.service.json', { eager: true, import: 'default' }));
}
