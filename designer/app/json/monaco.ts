/**
 * Monaco, fully local (STACK.md): the lean editor API, its editing features and the JSON language only; the two
 * workers bundled by Vite (`?worker`, served from 'self' under the designer's CSP); `loader.config({ monaco })`
 * so @monaco-editor/react never injects the CDN loader script; the service schema registered inline with
 * `enableSchemaRequest: false`, so the JSON worker never fetches anything. Imported only by the lazily loaded
 * JSON and package views: Monaco stays out of the designer's initial JavaScript.
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import serviceSchema from '../../../schemas/service.schema.json' with { type: 'json' };

/**
 * The model of the JSON view; the schema applies to it through `fileMatch`. Definitions that name their schema
 * (`"$schema": "../../schemas/service.schema.json"`, as the examples do) resolve it against this path to
 * SCHEMA_BY_RELATIVE_PATH, which is registered too, so the worker never tries to load a schema it does not have.
 */
export const DEFINITION_MODEL_PATH = 'inmemory://banshi/examples/item/definition.service.json';
const SCHEMA_BY_RELATIVE_PATH = 'inmemory://banshi/schemas/service.schema.json';

self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: false,
  trailingCommas: 'error',
  enableSchemaRequest: false,
  schemaValidation: 'error',
  schemas: [
    { uri: serviceSchema.$id, fileMatch: ['*.service.json'], schema: serviceSchema },
    { uri: SCHEMA_BY_RELATIVE_PATH, schema: serviceSchema },
  ],
});

// The namespace of the lean entry has the same shape as the full `monaco-editor` the loader's types name.
loader.config({ monaco: monaco as unknown as Parameters<typeof loader.config>[0]['monaco'] });

export { monaco };
