/** React binding of the designer store: one selector per component, so a component re-renders only for its slice. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { DesignerState, DesignerStore } from './designerStore.ts';

export const DesignerStoreContext = createContext<DesignerStore | null>(null);

export function useDesigner<T>(selector: (state: DesignerState) => T): T {
  const store = useContext(DesignerStoreContext);
  if (!store) throw new Error('useDesigner needs a DesignerStoreContext provider');
  return useStore(store, selector);
}
