import { useState } from 'react';
import { loadCompiler } from '../store/compiler.ts';
import { selectDocument } from '../store/designerStore.ts';
import type { Lang } from '../i18n.ts';
import { downloadJson, downloadText } from './download.ts';
import { ImportButton, type ImportFlow } from './ImportFlow.tsx';
import { workspaceText } from './text.ts';
import type { ItemSession } from './workspace.ts';

/** The BPMN writer (layout and XML), loaded on first use: few items are exported to a workflow engine. */
const loadBpmn = () => import('../../compiler/bpmn/export.ts');

/** Import, export definition, export package, export BPMN: the workspace's part of the editor toolbar. */
export function ExportImportButtons({ session, flow, lang }: { session: ItemSession; flow: ImportFlow; lang: Lang }) {
  const t = workspaceText(lang);
  const [blocked, setBlocked] = useState<string>();

  const exportDefinition = () => {
    const definition = selectDocument(session.store.getState());
    if (definition) downloadJson(`${definition.id}.service.json`, definition);
  };
  const exportPackage = async () => {
    const definition = selectDocument(session.store.getState());
    if (!definition) return;
    const { compile, hasErrors } = await loadCompiler();
    const { package: compiled, diagnostics } = compile(definition);
    if (!compiled || hasErrors(diagnostics)) {
      setBlocked(t.packageBlocked(diagnostics.filter((d) => d.severity === 'error').length));
      return;
    }
    setBlocked(undefined);
    downloadJson(`${definition.id}.package.json`, compiled);
  };
  const exportProcess = async () => {
    const definition = selectDocument(session.store.getState());
    if (!definition) return;
    if (!definition.approval) {
      setBlocked(t.bpmnNoStages);
      return;
    }
    const { compile } = await loadCompiler();
    const errors = compile(definition).diagnostics.filter((d) => d.severity === 'error').length;
    if (errors > 0) {
      setBlocked(t.bpmnBlocked(errors));
      return;
    }
    setBlocked(undefined);
    const { exportBpmn } = await loadBpmn();
    downloadText(`${definition.id}.bpmn`, exportBpmn(definition), 'application/xml');
  };

  return (
    <div className="export-import" role="group" aria-label={t.fileActions}>
      <ImportButton flow={flow} lang={lang} />
      <button type="button" className="button" onClick={exportDefinition}>{t.exportDefinition}</button>
      <button type="button" className="button" onClick={() => void exportPackage()} aria-describedby={blocked ? 'export-blocked' : undefined}>{t.exportPackage}</button>
      <button type="button" className="button" onClick={() => void exportProcess()} aria-describedby={blocked ? 'export-blocked' : undefined}>{t.exportBpmn}</button>
      <p id="export-blocked" className="export-import__blocked" role="status">{blocked ?? ''}</p>
    </div>
  );
}
