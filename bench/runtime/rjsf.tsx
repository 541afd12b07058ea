// The peer: @rjsf/core with @rjsf/validator-ajv8, Banshi's identifier formats registered, rendering the same
// JSON Schema as ours.tsx. Ajv compiles with new Function, so this page is served without a CSP.
import Form from '@rjsf/core';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { banshiFormats } from '../../schemas/formats/index.ts';
import { benchStepSchema, benchUiSchema, sizeFromQuery } from './generate.ts';
import { mountBench } from './harness.tsx';

const n = sizeFromQuery(location.search);
const schema = benchStepSchema(n) as RJSFSchema;
const uiSchema = benchUiSchema(n) as UiSchema;
// Without onError RJSF logs every failed submit with console.error.
const ignore = () => {};
const validator = customizeValidator({ customFormats: { ...banshiFormats } });

mountBench('rjsf', n, <Form schema={schema} uiSchema={uiSchema} validator={validator} noHtml5Validate onError={ignore} />, '#root_f0001');
