import { describe, expect, it } from 'vitest';
import { fixture } from '../testing/fixture.ts';
import { availableFields, newComparison, operatorsFor, valueFor } from './conditionModel.ts';

describe('the condition model', () => {
  it('offers the fields of the nodes that dominate the edge source, the source itself included', () => {
    expect(availableFields(fixture, 'isSenior').map((f) => f.field.id)).toEqual(['isSenior']);
    expect(availableFields(fixture, 'applicant').map((f) => f.field.id)).toEqual(['isSenior', 'category', 'applicantName', 'applicantId']);
  });

  it('offers only the source’s own answers when the source is not connected to start', () => {
    const orphan = { ...fixture, flow: { ...fixture.flow, edges: fixture.flow.edges.filter((e) => e.target !== 'category') } };
    expect(availableFields(orphan, 'category').map((f) => f.field.id)).toEqual(['category']);
  });

  it('reuses the lint table of operators', () => {
    expect(operatorsFor('single-choice')).not.toContain('lt');
    expect(operatorsFor('multi-choice')).toContain('includes');
  });

  it('reshapes the value when the operator changes', () => {
    const category = availableFields(fixture, 'applicant').find((f) => f.field.id === 'category')!;
    expect(newComparison(category)).toEqual({ field: 'category', op: 'equals', value: 'local' });
    expect(valueFor(category, 'in', 'resident')).toEqual(['resident']);
    expect(valueFor(category, 'equals', ['resident', 'local'])).toBe('resident');
    expect(valueFor(category, 'isEmpty', 'local')).toBeUndefined();
  });
});
