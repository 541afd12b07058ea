// The forms for a selected node, approval stage or edge: a chunk of its own (Inspector.tsx loads it just after the
// editor's first paint), so opening an item downloads only what the inspector shows first, the item's 办事指南.
import type { ApprovalNode, FlowEdge, FlowNode1, ServiceDefinition } from '../../../schemas/service.types.ts';
import { EdgeForm } from './EdgeForm.tsx';
import { EndForm } from './EndForm.tsx';
import { MaterialForm } from './MaterialForm.tsx';
import { SituationForm } from './SituationForm.tsx';
import { StageForm } from './StageForm.tsx';
import { StepForm } from './StepForm.tsx';

/** What the form edits. The start node has no form. */
export type FormTarget =
  | { readonly kind: 'node'; readonly node: FlowNode1 }
  | { readonly kind: 'stage'; readonly stage: ApprovalNode }
  | { readonly kind: 'edge'; readonly edge: FlowEdge };

export function SelectionForm({ target, definition }: { target: FormTarget; definition: ServiceDefinition }) {
  switch (target.kind) {
    case 'node': {
      const { node } = target;
      switch (node.kind) {
        case 'situation':
          return <SituationForm node={node} />;
        case 'step':
          return <StepForm node={node} />;
        case 'material':
          return <MaterialForm node={node} />;
        case 'end':
          return <EndForm node={node} />;
        case 'start':
          return null;
      }
      return null;
    }
    case 'stage':
      return <StageForm stage={target.stage} />;
    case 'edge':
      return <EdgeForm edge={target.edge} definition={definition} />;
  }
}
