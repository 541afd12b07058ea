/**
 * A material's value in a submission: a tagged union limited to the ways that material may be satisfied.
 * Variants other than upload are the same for every material, so they are shared `$defs`.
 */
import type { MaterialNode, MaterialVariant } from '../../schemas/index.ts';
import { identifierPatterns } from '../../schemas/formats/index.ts';
import { fileListSchema } from './fieldSchema.ts';
import type { SchemaObject } from './jsonSchema.ts';

/** ISO 8601 date-time with an explicit offset, e.g. 2026-11-29T10:00:00+08:00. */
const DATE_TIME_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$';

/** The order of variants in schemas and manifests: the most convenient for the citizen first. */
const VARIANT_ORDER: readonly MaterialVariant[] = ['sharedData', 'eLicence', 'upload', 'commitment', 'deferred', 'paper'];

export function acceptedVariants(material: MaterialNode): MaterialVariant[] {
  const accepted = new Set<MaterialVariant>(material.ways);
  if (material.necessity === 'deferrable') accepted.add('deferred');
  return VARIANT_ORDER.filter((variant) => accepted.has(variant));
}

function variantObject(type: MaterialVariant, properties: Record<string, SchemaObject>): SchemaObject {
  return {
    type: 'object',
    required: ['type', ...Object.keys(properties)],
    additionalProperties: false,
    properties: { type: { const: type }, ...properties },
  };
}

/** `$defs` shared by every material: the variants that carry no per-material rule. */
export function sharedVariantDefs(): Record<string, SchemaObject> {
  return {
    'material-sharedData': variantObject('sharedData', {}),
    'material-paper': variantObject('paper', {}),
    'material-eLicence': variantObject('eLicence', {
      licenceId: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,128}$' },
    }),
    'material-deferred': variantObject('deferred', {
      dueDate: { type: 'string', pattern: identifierPatterns.date, format: 'date' },
    }),
    'material-commitment': variantObject('commitment', {
      signedAt: { type: 'string', pattern: DATE_TIME_PATTERN },
    }),
  };
}

/** The `$defs` names of the shared variants a material's value schema refers to. */
export function sharedVariantRefs(material: MaterialNode): string[] {
  return acceptedVariants(material).filter((variant) => variant !== 'upload').map(sharedVariantName);
}

function sharedVariantName(variant: MaterialVariant): string {
  return `material-${variant}`;
}

/** The schema of one material's value: `type` must be an accepted variant, then that variant's shape. */
export function materialValueSchema(material: MaterialNode): SchemaObject {
  const variants = acceptedVariants(material);
  const branches: SchemaObject[] = variants.map((variant) => ({
    if: { type: 'object', required: ['type'], properties: { type: { const: variant } } },
    then:
      variant === 'upload'
        ? variantObject('upload', { files: fileListSchema(material.upload, true) })
        : { $ref: `#/$defs/${sharedVariantName(variant)}` },
  }));
  const schema: SchemaObject = {
    type: 'object',
    required: ['type'],
    properties: { type: { enum: variants } },
  };
  if (branches.length > 0) schema.allOf = branches;
  return schema;
}
