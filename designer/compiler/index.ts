/** The Banshi compiler: service definition → service package, and the lint rules behind its diagnostics. */
export { compile, lint } from './compile.ts';
export type { CompileOptions, CompileResult } from './compile.ts';
export { DIAGNOSTIC_RULES, hasErrors } from './diagnostics.ts';
export type { Diagnostic, DiagnosticCode, LocalMessage, Severity } from './diagnostics.ts';
export { COMPILER_VERSION } from './version.ts';
export { canonicalJson, canonicalSha256, sha256Hex } from './sha256.ts';
export { BpmnExportError, buildBpmnProcess, exportBpmn } from './bpmn/index.ts';
export type { BpmnFlow, BpmnNode, BpmnProcess } from './bpmn/index.ts';
