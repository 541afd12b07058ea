/**
 * Reading a service definition in Node: the pure part (formatVersion, migrations, readable messages) lives in
 * designer/model/validateDefinition.ts and is shared with the designer; here the schema is compiled with ajv.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { serviceSchema } from '../../schemas/index.ts';
import { validateDefinition as validateWith, type DefinitionCheck } from '../model/validateDefinition.ts';

export {
  migrateDefinition,
  readableErrors,
  type DefinitionCheck,
  type DefinitionError,
  type LocalMessage,
} from '../model/validateDefinition.ts';

let validator: ValidateFunction | undefined;
/** The options must match scripts/genValidators.js, so the CLI and the designer give the same verdicts. */
function schemaValidator(): ValidateFunction {
  validator ??= new Ajv2020({ strict: true, discriminator: true, allErrors: true, ownProperties: true }).compile(serviceSchema);
  return validator;
}

/** Validates parsed JSON as a service definition (migrating older formats first). */
export function validateDefinition(json: unknown): DefinitionCheck {
  return validateWith(json, schemaValidator());
}
