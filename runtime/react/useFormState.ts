import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { ServiceForm, ServiceFormState } from '../engine/index.ts';

/**
 * A selected slice of the whole form state. The component re-renders only when `equal` says the slice changed
 * (default: shallow equality of the selected object's properties).
 */
export function useFormState<T>(form: ServiceForm, select: (state: ServiceFormState) => T, equal: (a: T, b: T) => boolean = shallowEqual): T {
  const memo = useMemo(() => ({ state: undefined as ServiceFormState | undefined, value: undefined as T | undefined }), [form]);
  const subscribe = useCallback((onChange: () => void) => form.subscribe(onChange), [form]);
  const getSnapshot = (): T => {
    const state = form.getState();
    if (memo.state === state) return memo.value as T;
    const value = select(state);
    memo.state = state;
    if (memo.value === undefined || !equal(memo.value, value)) memo.value = value;
    return memo.value as T;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}

function shallowEqual<T>(a: T, b: T): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
