// Keyboard shortcuts of the editor, as pure predicates over a key event's fields so they test without a DOM.

/** The parts of a keyboard event the shortcuts read. */
export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/**
 * Whether the event target is a place where the user types: there, Ctrl+Z and Backspace belong to the text, not
 * to the document (the browser's own text undo must keep working in an inspector field).
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const tag = element.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return element.closest('[contenteditable=""], [contenteditable="true"]') !== null;
  const type = (element as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'range', 'color', 'file', 'submit', 'reset', 'image'].includes(type);
}

const command = (event: KeyLike) => (event.ctrlKey || event.metaKey) && !event.altKey;

/** Ctrl+Z (⌘Z). */
export const isUndoKey = (event: KeyLike) => command(event) && !event.shiftKey && event.key.toLowerCase() === 'z';

/** Ctrl+Shift+Z or Ctrl+Y (⌘⇧Z, ⌘Y). */
export const isRedoKey = (event: KeyLike) =>
  command(event) && ((event.shiftKey && event.key.toLowerCase() === 'z') || (!event.shiftKey && event.key.toLowerCase() === 'y'));

export const isCopyKey = (event: KeyLike) => command(event) && !event.shiftKey && event.key.toLowerCase() === 'c';
export const isPasteKey = (event: KeyLike) => command(event) && !event.shiftKey && event.key.toLowerCase() === 'v';
export const isDeleteKey = (event: KeyLike) =>
  !event.ctrlKey && !event.metaKey && !event.altKey && (event.key === 'Delete' || event.key === 'Backspace');
