import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { serviceSchema } from '../../schemas/index.ts';
import { validate as standalone } from './generated/validateServiceDefinition.js';
import { validateDefinition } from './validateDefinition.ts';

// The same options as scripts/genValidators.js and designer/cli/definition.ts.
const compiled = new Ajv2020({ strict: true, discriminator: true, allErrors: true, ownProperties: true }).compile(serviceSchema);

function cases(): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  for (const kind of ['valid', 'invalid']) {
    const dir = new URL(`../../schemas/fixtures/${kind}/`, import.meta.url);
    for (const file of readdirSync(dir)) {
      const fixture = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { schema: string; data: unknown };
      if (fixture.schema === 'service') out.push([`${kind}/${file}`, fixture.data]);
    }
  }
  const examples = new URL('../../examples/', import.meta.url);
  const items = readdirSync(examples, { withFileTypes: true }).filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/${entry.name}.service.json`, examples)));
  for (const dir of items) {
    out.push([`examples/${dir.name}`, JSON.parse(readFileSync(new URL(`${dir.name}/${dir.name}.service.json`, examples), 'utf8'))]);
  }
  return out;
}

describe('the generated standalone validator', () => {
  it.each(cases())('gives the same verdict and messages as ajv compiling the schema at run time: %s', (_name, data) => {
    expect(validateDefinition(data, standalone)).toEqual(validateDefinition(data, compiled));
  });
});
