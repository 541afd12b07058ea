/**
 * The JSON Schema of one field's value, by field type. Identifiers carry a `pattern` (structure, checked by every
 * validator) and a `format` (checksum and birth date, checked where the back end registers Banshi's formats).
 */
import type { Field, UploadRule } from '../../schemas/index.ts';
import { identifierPatterns } from '../../schemas/formats/index.ts';
import { keyedMap, type SchemaObject } from './jsonSchema.ts';

/** Default length limits keep hostile or accidental megabyte strings out of submissions. */
const DEFAULT_MAX_LENGTH = { text: 200, textarea: 2000 } as const;

export function fileListSchema(rule: UploadRule | undefined, required: boolean): SchemaObject {
  const accept = rule?.accept ?? ['application/pdf', 'image/jpeg', 'image/png'];
  const maxBytes = Math.floor((rule?.maxSizeMB ?? 10) * 1024 * 1024);
  return {
    type: 'array',
    minItems: required ? 1 : 0,
    maxItems: rule?.maxFiles ?? 1,
    items: {
      type: 'object',
      required: ['id', 'name', 'size', 'mediaType'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,128}$' },
        name: { type: 'string', minLength: 1, maxLength: 255 },
        size: { type: 'integer', minimum: 1, maximum: maxBytes },
        mediaType: { enum: accept },
      },
    },
  };
}

function stringSchema(field: Field, defaults: { maxLength: number; pattern?: string; format?: string }): SchemaObject {
  const schema: SchemaObject = { type: 'string' };
  const minLength = Math.max(field.minLength ?? 0, field.required ? 1 : 0);
  if (minLength > 0) schema.minLength = minLength;
  schema.maxLength = field.maxLength ?? defaults.maxLength;
  const pattern = defaults.pattern ?? field.pattern;
  if (pattern) schema.pattern = pattern;
  if (defaults.format) schema.format = defaults.format;
  return schema;
}

export function fieldSchema(field: Field): SchemaObject {
  const required = field.required === true;
  switch (field.type) {
    case 'text':
      return stringSchema(field, { maxLength: DEFAULT_MAX_LENGTH.text });
    case 'textarea':
      return stringSchema(field, { maxLength: DEFAULT_MAX_LENGTH.textarea });
    case 'number':
    case 'integer': {
      const schema: SchemaObject = { type: field.type };
      if (field.minimum !== undefined) schema.minimum = field.minimum;
      if (field.maximum !== undefined) schema.maximum = field.maximum;
      return schema;
    }
    case 'date':
      return { type: 'string', pattern: identifierPatterns.date, format: 'date' };
    case 'single-choice':
      return { type: 'string', enum: (field.options ?? []).map((o) => o.value) };
    case 'multi-choice': {
      const schema: SchemaObject = {
        type: 'array',
        items: { type: 'string', enum: (field.options ?? []).map((o) => o.value) },
        uniqueItems: true,
      };
      const minItems = Math.max(field.minItems ?? 0, required ? 1 : 0);
      if (minItems > 0) schema.minItems = minItems;
      if (field.maxItems !== undefined) schema.maxItems = field.maxItems;
      return schema;
    }
    case 'yes-no':
      return { type: 'boolean' };
    case 'email':
      return { type: 'string', maxLength: 254, pattern: identifierPatterns.email, format: 'email' };
    case 'mobile-cn':
      return { type: 'string', pattern: identifierPatterns.mobileCn };
    case 'id-card-cn':
      return { type: 'string', pattern: identifierPatterns.residentId, format: 'cn-resident-id' };
    case 'uscc-cn':
      return { type: 'string', pattern: identifierPatterns.uscc, format: 'cn-uscc' };
    case 'postal-code-cn':
      return { type: 'string', pattern: identifierPatterns.postalCodeCn };
    case 'address-cn':
      return {
        type: 'object',
        required: ['province', 'city', 'detail'],
        additionalProperties: false,
        properties: {
          province: { type: 'string', pattern: '^[0-9]{6}$' },
          city: { type: 'string', pattern: '^[0-9]{6}$' },
          district: { type: 'string', pattern: '^[0-9]{6}$' },
          detail: { type: 'string', minLength: 1, maxLength: 200 },
        },
      };
    case 'file':
      return fileListSchema(field.upload, required);
    case 'group': {
      const schema: SchemaObject = { type: 'array', items: objectSchema(field.fields ?? []) };
      const minItems = Math.max(field.minItems ?? 0, required ? 1 : 0);
      if (minItems > 0) schema.minItems = minItems;
      if (field.maxItems !== undefined) schema.maxItems = field.maxItems;
      return schema;
    }
  }
}

/** An object holding the given fields: the data of a step, or one item of a repeating group. */
export function objectSchema(fields: readonly Field[]): SchemaObject {
  const properties = keyedMap<SchemaObject>();
  const required: string[] = [];
  for (const field of fields) {
    properties[field.key] = fieldSchema(field);
    if (field.required) required.push(field.key);
  }
  const schema: SchemaObject = { type: 'object' };
  if (required.length > 0) schema.required = required;
  schema.properties = properties;
  schema.additionalProperties = false;
  return schema;
}
