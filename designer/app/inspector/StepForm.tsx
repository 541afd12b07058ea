import { useCallback } from 'react';
import type { StepNode } from '../../../schemas/service.types.ts';
import { selectDocument } from '../store/designerStore.ts';
import { useDesigner } from '../store/useDesigner.ts';
import { LocalTextField, TextField } from './controls.tsx';
import { FieldsEditor } from './FieldsEditor.tsx';
import { allIds, keyProblem, nextName, topLevelKeys, withOptional } from './keys.ts';
import { useT } from './lang.ts';
import { useDesignerStore, useEditNode } from './useEdit.ts';

/** A step (a page of fields). */
export function StepForm({ node }: { node: StepNode }) {
  const t = useT();
  const edit = useEditNode<StepNode>(node.id);
  const store = useDesignerStore();
  const definition = useDesigner(selectDocument);
  const taken = definition ? topLevelKeys(definition, node.id) : new Set<string>();
  // Ids handed out before the command lands are remembered, so two new ids in one edit never collide.
  const newId = useCallback(() => {
    const doc = selectDocument(store.getState());
    const ids = doc ? allIds(doc) : new Set<string>();
    for (const id of pending) ids.add(id);
    const id = nextName('field', ids);
    pending.add(id);
    queueMicrotask(() => pending.delete(id));
    return id;
  }, [store]);
  return (
    <>
      <LocalTextField legend={t('步骤标题', 'Title')} value={node.title} required onCommit={(title) => title && edit((n) => ({ ...n, title }))} />
      <LocalTextField legend={t('说明', 'Description')} value={node.description} multiline onCommit={(description) => edit((n) => withOptional(n, 'description', description))} />
      <TextField label={t('键', 'Key')} value={node.key} required hint={t('本步骤数据在提交数据中的名称。', 'The name of this step’s data in the submission.')} validate={(key) => keyProblem(key, taken, t)} onCommit={(key) => edit((n) => ({ ...n, key }))} />
      <FieldsEditor legend={t('字段', 'Fields')} fields={node.fields} newId={newId} onChange={(fields) => edit((n) => ({ ...n, fields }))} />
    </>
  );
}

const pending = new Set<string>();
