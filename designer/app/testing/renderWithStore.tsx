// Renders a component inside a designer store opened on a definition (the fixture unless given), with what the
// designer loads right after its first paint already loaded (afterFirstPaint.ts).
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { ServiceDefinition } from '../../../schemas/service.types.ts';
import { createDesignerStore, selectDocument, type DesignerStore } from '../store/designerStore.ts';
import { DesignerStoreContext } from '../store/useDesigner.ts';
import { loadAfterFirstPaint } from './afterFirstPaint.ts';
import { fixture } from './fixture.ts';

await loadAfterFirstPaint();

export function renderWithStore(ui: ReactNode, definition: ServiceDefinition = fixture): { store: DesignerStore; doc: () => ServiceDefinition; undoSteps: () => number } {
  const store = createDesignerStore(definition);
  render(<DesignerStoreContext.Provider value={store}>{ui}</DesignerStoreContext.Provider>);
  return {
    store,
    doc: () => selectDocument(store.getState()) as ServiceDefinition,
    undoSteps: () => store.getState().history?.past.length ?? 0,
  };
}
