import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { FieldState, ServiceForm } from '../engine/index.ts';

/**
 * One field's slice of the form (value, error, prefill source), through the engine's per-field subscription:
 * typing in another field never re-renders this one.
 */
export function useField(form: ServiceForm, fieldId: string): FieldState {
  // The engine hands each listener a fresh FieldState; keep the last one so snapshots stay stable.
  const cache = useMemo(() => ({ current: form.getField(fieldId) }), [form, fieldId]);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const unsubscribe = form.subscribeField(fieldId, (field) => {
        cache.current = field;
        onChange();
      });
      // A change between render and subscription would otherwise be missed.
      const latest = form.getField(fieldId);
      if (latest.value !== cache.current.value || latest.error?.message !== cache.current.error?.message || latest.prefilledFrom !== cache.current.prefilledFrom) {
        cache.current = latest;
        onChange();
      }
      return unsubscribe;
    },
    [form, fieldId, cache],
  );
  return useSyncExternalStore(subscribe, () => cache.current);
}
