/** BPMN 2.0 export of the approval lane (docs/bpmn.md). */
export { BpmnExportError, buildBpmnProcess, exportBpmn, layoutBpmn, OUTCOME_LABEL, OUTCOME_VARIABLE } from './export.ts';
export type { BpmnFlow, BpmnNode, BpmnNodeKind, BpmnProcess } from './export.ts';
export { escapeAttr, escapeText, xmlSafe } from './xml.ts';
