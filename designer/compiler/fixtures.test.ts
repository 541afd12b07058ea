/**
 * Data-driven lint fixtures: every `fixtures/<CODE>-<slug>.service.json` must produce exactly the diagnostics in
 * its sibling `.expected.json`, every `fixtures/clean-*.service.json` none at all, and every code in the catalogue
 * must have a fixture that triggers it. A fixture whose expected file carries `knownIssue` documents a rule that
 * misbehaves today: the expected list is the correct behaviour and the case is marked `it.fails` until fixed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { ServiceDefinition } from '../../schemas/index.ts';
import serviceSchema from '../../schemas/service.schema.json' with { type: 'json' };
import { compile, lint } from './compile.ts';
import { DIAGNOSTIC_RULES, type Diagnostic } from './diagnostics.ts';

interface ExpectedDiagnostic {
  code: string;
  severity: string;
  nodeId?: string;
  edgeId?: string;
  fieldId?: string;
  path?: string;
}
interface Expected {
  diagnostics: ExpectedDiagnostic[];
  /** Set when the rule misbehaves today: why, in one sentence. The case is then expected to fail. */
  knownIssue?: string;
}
interface Fixture {
  name: string;
  definition: ServiceDefinition;
  expected: Expected;
}

const dir = new URL('./fixtures/', import.meta.url);
const readJson = (file: string): unknown => JSON.parse(readFileSync(new URL(file, dir), 'utf8'));

const fixtures: Fixture[] = readdirSync(dir)
  .filter((file) => file.endsWith('.service.json'))
  .sort()
  .map((file) => {
    const name = file.slice(0, -'.service.json'.length);
    const expected = name.startsWith('clean-') ? { diagnostics: [] } : (readJson(`${name}.expected.json`) as Expected);
    return { name, definition: readJson(file) as ServiceDefinition, expected };
  });

const codeFixtures = fixtures.filter((f) => !f.name.startsWith('clean-'));
const cleanFixtures = fixtures.filter((f) => f.name.startsWith('clean-'));

/** The comparable part of a diagnostic, as a sortable string (order-insensitive comparison). */
function key(d: ExpectedDiagnostic | Diagnostic): string {
  return JSON.stringify([d.code, d.severity, d.nodeId ?? null, d.edgeId ?? null, d.fieldId ?? null, d.path ?? null]);
}
const keys = (list: readonly (ExpectedDiagnostic | Diagnostic)[]) => list.map(key).sort();

const validateDefinition = new Ajv2020({ strict: true, discriminator: true, allErrors: true }).compile(serviceSchema);

describe('lint fixtures', () => {
  it('has fixture files to run', () => {
    expect(codeFixtures.length).toBeGreaterThanOrEqual(Object.keys(DIAGNOSTIC_RULES).length);
    expect(cleanFixtures.length).toBeGreaterThanOrEqual(2);
  });

  it('names every code fixture after the code it expects', () => {
    for (const { name, expected } of codeFixtures) {
      const code = name.slice(0, 6);
      expect(code in DIAGNOSTIC_RULES, `${name}: ${code} is not in DIAGNOSTIC_RULES`).toBe(true);
      expect(expected.diagnostics.length === 0 || expected.diagnostics.some((d) => d.code === code), name).toBe(true);
    }
  });

  it.each(Object.keys(DIAGNOSTIC_RULES))('has a fixture that triggers %s', (code) => {
    // given the fixtures without a known issue (they pass today)
    const triggering = codeFixtures.filter((f) => !f.expected.knownIssue && f.expected.diagnostics.some((d) => d.code === code));
    // then at least one of them expects the code
    expect(triggering.map((f) => f.name), `add designer/compiler/fixtures/${code}-<slug>.service.json`).not.toEqual([]);
  });

  for (const { name, definition, expected } of fixtures) {
    describe(name, () => {
      it('is a schema-valid definition', () => {
        const valid = validateDefinition(definition);
        expect(validateDefinition.errors ?? [], name).toEqual([]);
        expect(valid).toBe(true);
      });

      const check = () => {
        // given the fixture; when it is linted
        const actual = lint(definition);
        // then exactly the expected diagnostics come back, in any order
        expect(keys(actual)).toEqual(keys(expected.diagnostics));
      };
      if (expected.knownIssue) {
        // A rule misbehaves on this input (see knownIssue in the .expected.json): the expected list is the correct
        // behaviour, so this case fails until the rule is fixed. Remove knownIssue then.
        it.fails(`lints to exactly the expected diagnostics (known issue: ${expected.knownIssue})`, check);
      } else {
        it('lints to exactly the expected diagnostics', check);
      }

      const hasError = expected.diagnostics.some((d) => d.severity === 'error');
      it(hasError ? 'stops the compile: no package' : 'still compiles to a package', () => {
        const result = compile(definition);
        if (hasError) expect(result.package).toBeUndefined();
        else expect(result.package).toBeDefined();
      });

      it('gives every diagnostic a filled message in zh-CN and en', () => {
        for (const d of lint(definition)) {
          for (const text of [d.message['zh-CN'], d.message.en]) {
            expect(text.trim(), d.code).not.toBe('');
            expect(text, d.code).not.toMatch(/\{\w+\}/);
          }
        }
      });
    });
  }
});

describe('the diagnostic catalogue', () => {
  it.each(Object.entries(DIAGNOSTIC_RULES))('%s has a severity and messages in zh-CN and en', (_code, rule) => {
    expect(['error', 'warning', 'info']).toContain(rule.severity);
    expect(rule.zh.trim()).not.toBe('');
    expect(rule.en.trim()).not.toBe('');
  });
});
