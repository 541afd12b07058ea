// Moved to designer/model/jsonLocation.ts so the designer's import dialog reports syntax errors the same way.
export { parseJson, scanJson, locate, type JsonSyntaxProblem } from '../model/jsonLocation.ts';
