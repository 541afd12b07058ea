/**
 * One undo history over the document. Each applied command that changes the document pushes the previous
 * snapshot; commands share structure with their predecessor, so a snapshot costs only what changed.
 * Undo restores exactly the earlier document (same object), which the model test checks.
 */
import type { ServiceDefinition } from '../../schemas/index.ts';
import { applyCommand, type EditCommand } from './commands.ts';

export interface History {
  readonly present: ServiceDefinition;
  readonly past: readonly ServiceDefinition[];
  readonly future: readonly ServiceDefinition[];
}

/** Older steps are dropped beyond this many, so a long session cannot grow memory without bound. */
export const HISTORY_LIMIT = 500;

export function createHistory(definition: ServiceDefinition): History {
  return { present: definition, past: [], future: [] };
}

/** Applies a command; a command that changes nothing adds no undo step and keeps the redo stack. */
export function execute(history: History, command: EditCommand): History {
  const next = applyCommand(history.present, command);
  if (next === history.present) return history;
  const past = [...history.past, history.present];
  return { present: next, past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, future: [] };
}

export function undo(history: History): History {
  const previous = history.past[history.past.length - 1];
  if (!previous) return history;
  return { present: previous, past: history.past.slice(0, -1), future: [history.present, ...history.future] };
}

export function redo(history: History): History {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return { present: next, past: [...history.past, history.present], future: rest };
}

export const canUndo = (history: History): boolean => history.past.length > 0;
export const canRedo = (history: History): boolean => history.future.length > 0;
