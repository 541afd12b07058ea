// The one small definition the designer's component tests use (a trimmed 老年人优待卡 item), typed.
import type { ServiceDefinition } from '../../../schemas/service.types.ts';
import json from './fixture.service.json' with { type: 'json' };

/** A valid ServiceDefinition (checked by fixture.test.ts). JSON imports widen tuples, hence the cast. */
export const fixture = json as unknown as ServiceDefinition;
