/**
 * Reading a `.service.json` the user imports: JSON syntax errors with line and column, schema errors with a JSON
 * pointer, older formatVersions migrated, newer ones refused. The schema check is the standalone validator generated
 * by scripts/genValidators.js (no `new Function`, so it runs under the designer's CSP), loaded on first import.
 */
import type { ServiceDefinition } from '../../../schemas/index.ts';
import { parseJson } from '../../model/jsonLocation.ts';
import {
  validateDefinition,
  type LocalMessage,
  type SchemaValidator,
  type ValidateOptions,
} from '../../model/validateDefinition.ts';

export type ImportProblem =
  | { readonly kind: 'syntax'; readonly line: number; readonly column: number; readonly excerpt: string; readonly message: LocalMessage }
  /** `path` is a JSON pointer into the file ('' for the whole file). */
  | { readonly kind: 'schema'; readonly path: string; readonly message: LocalMessage };

export type ImportResult =
  | { readonly ok: true; readonly definition: ServiceDefinition; readonly migratedFrom: number | undefined }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

let standalone: Promise<SchemaValidator> | undefined;
/** The generated validator, loaded lazily: it is large and only imports need it. */
export function standaloneValidator(): Promise<SchemaValidator> {
  standalone ??= import('../../model/generated/validateServiceDefinition.js').then((module) => module.validate);
  return standalone;
}

/** Checks an imported file's text. `options` lets tests stand in a future format version and its migration. */
export async function readServiceFile(text: string, options?: ValidateOptions): Promise<ImportResult> {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { line, column, excerpt, message } = parsed.problem;
    return { ok: false, problems: [{ kind: 'syntax', line, column, excerpt, message }] };
  }
  const check = validateDefinition(parsed.value, await standaloneValidator(), options);
  if (!check.ok) return { ok: false, problems: check.errors.map((error) => ({ kind: 'schema', path: error.path, message: error.message })) };
  return { ok: true, definition: check.definition, migratedFrom: check.migratedFrom };
}
