import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import serviceSchema from '../../../schemas/service.schema.json' with { type: 'json' };
import fixture from './fixture.service.json' with { type: 'json' };

describe('the designer test fixture', () => {
  it('conforms to schemas/service.schema.json under strict ajv', () => {
    // given the schema compiled the way back ends compile it
    const ajv = new Ajv2020({ strict: true, discriminator: true, allErrors: true });
    const validate = ajv.compile(serviceSchema);
    // when the fixture is validated
    const valid = validate(fixture);
    // then there are no errors
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});
