import type { ServiceForm } from '../engine/index.ts';
import { useFormState } from './useFormState.ts';

/** One material's slice: its value, how the host provided it, and its first error message. */
export interface MaterialSlice {
  readonly value: unknown;
  readonly exempt: boolean;
  readonly providedBy: 'sharedData' | 'eLicence' | undefined;
  readonly error: string | undefined;
}

export function useMaterial(form: ServiceForm, key: string): MaterialSlice {
  return useFormState(form, (state) => {
    const status = state.materials.find((m) => m.key === key);
    const path = `/materials/${key}`;
    let error = state.errors[path]?.message;
    if (error === undefined) for (const p in state.errors) if (p.startsWith(`${path}/`)) { error = state.errors[p]!.message; break; }
    return { value: status?.value, exempt: status?.exempt ?? false, providedBy: status?.providedBy, error };
  });
}
