/**
 * The JSON view's two-way sync as pure functions, so it is tested without Monaco:
 * - document → text: `definitionText` (what the editor shows for a document);
 * - text → document: `readJsonEdit` parses, validates with the standalone validator and returns either nothing to
 *   do, ONE `replaceDefinition` command (one undo step, shared with the canvas) or the problems to show while the
 *   last good document is kept.
 */
import type { ServiceDefinition } from '../../../schemas/index.ts';
import type { EditCommand } from '../../model/commands.ts';
import { parseJson } from '../../model/jsonLocation.ts';
import { validateDefinition, type LocalMessage, type SchemaValidator } from '../../model/validateDefinition.ts';

export type JsonProblem =
  /** Malformed JSON: 1-based line and column. */
  | { readonly kind: 'syntax'; readonly line: number; readonly column: number; readonly message: LocalMessage }
  /** Valid JSON that is not a valid service definition: `path` is a JSON pointer ('' for the whole document). */
  | { readonly kind: 'schema'; readonly path: string; readonly message: LocalMessage };

export type JsonEdit =
  /** The text means the document as it is (formatting only, or no change at all). */
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'command'; readonly command: Extract<EditCommand, { type: 'replaceDefinition' }> }
  | { readonly kind: 'problems'; readonly problems: readonly JsonProblem[] };

/** The text the JSON view shows for a document: two-space indented JSON with a final newline. */
export function definitionText(definition: ServiceDefinition): string {
  return `${JSON.stringify(definition, null, 2)}\n`;
}

/** Reads the editor's text against the current document. */
export function readJsonEdit(text: string, current: ServiceDefinition, validate: SchemaValidator): JsonEdit {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.problem;
    return { kind: 'problems', problems: [{ kind: 'syntax', line, column, message }] };
  }
  const check = validateDefinition(parsed.value, validate);
  if (!check.ok) return { kind: 'problems', problems: check.errors.map((error) => ({ kind: 'schema', path: error.path, message: error.message })) };
  if (JSON.stringify(check.definition) === JSON.stringify(current)) return { kind: 'unchanged' };
  return { kind: 'command', command: { type: 'replaceDefinition', definition: check.definition } };
}

/**
 * The smallest single replacement that turns `from` into `to` (common prefix and suffix kept), as offsets into
 * `from`; undefined when they are equal. The view applies it without an undo entry of Monaco's own, so the
 * cursor and the scroll position survive a change made elsewhere.
 */
export function minimalEdit(from: string, to: string): { start: number; end: number; text: string } | undefined {
  if (from === to) return undefined;
  let start = 0;
  const limit = Math.min(from.length, to.length);
  while (start < limit && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  let fromEnd = from.length;
  let toEnd = to.length;
  while (fromEnd > start && toEnd > start && from.charCodeAt(fromEnd - 1) === to.charCodeAt(toEnd - 1)) {
    fromEnd--;
    toEnd--;
  }
  // Never split a surrogate pair.
  if (start > 0 && isHighSurrogate(from.charCodeAt(start - 1))) start--;
  if (fromEnd < from.length && isLowSurrogate(from.charCodeAt(fromEnd))) {
    fromEnd++;
    toEnd++;
  }
  return { start, end: fromEnd, text: to.slice(start, toEnd) };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
