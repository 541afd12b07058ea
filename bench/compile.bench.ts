/**
 * Compile and validation time by graph size. Run: npm run bench:compile
 * (vitest bench runs all sizes in one process and is noisy for compile; `npm run bench:scaling` measures each size
 * in its own process and gives the figures in docs/benchmarks.md.)
 * Targets (issue 4): 1,000 nodes compile in < 100 ms; 4,000 nodes in ≤ 4.5× the 1,000-node time; validation
 * grows no faster than the graph (diamond chains included). Validators side by side: ajv (what the Node API uses),
 * the runtime engine's own (what the citizen's browser runs) and @cfworker/json-schema (a second, interpreting one).
 */
import { format as cfworkerFormats, Validator } from '@cfworker/json-schema';
import { bench, describe } from 'vitest';
import { banshiFormats } from '../schemas/formats/index.ts';
import { compile } from '../designer/compiler/index.ts';
import { validateSubmission } from '../runtime/engine/validate.ts';
import { strictAjv } from '../designer/compiler/testing/ajv.ts';
import { diamondChain } from '../designer/compiler/testing/generate.ts';
import { submissionFor } from '../designer/compiler/testing/submission.ts';
import type { ServiceDefinition } from '../schemas/index.ts';
import { largeDefinition } from './sizes.ts';

function firstAnswers(definition: ServiceDefinition): Record<string, unknown> {
  return Object.fromEntries(
    definition.flow.nodes.flatMap((n) => (n.kind === 'situation' ? [[n.key, n.options?.[0]?.value ?? true]] : [])),
  );
}

for (const size of [250, 1000, 4000]) {
  const definition = largeDefinition(size);
  describe(`compile ${definition.flow.nodes.length} nodes`, () => {
    bench(`compile (${size})`, () => {
      compile(definition);
    }, { time: 2000 });
  });
}

const validationCases: [string, ServiceDefinition][] = [
  ['250 nodes', largeDefinition(250)],
  ['1000 nodes', largeDefinition(1000)],
  ['4000 nodes', largeDefinition(4000)],
  ['diamond chain 5', diamondChain(5)],
  ['diamond chain 10', diamondChain(10)],
  ['diamond chain 20', diamondChain(20)],
  ['diamond chain 30', diamondChain(30)],
];
for (const [formatName, check] of Object.entries(banshiFormats)) cfworkerFormats[formatName] = check;

function runsWithinStack(call: () => unknown): boolean {
  try {
    call();
    return true;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

for (const [name, definition] of validationCases) {
  const pkg = compile(definition).package!;
  const schema = pkg.schema;
  const validate = strictAjv().compile(schema);
  const cfworker = new Validator(schema as never, '2020-12', true);
  const { data } = submissionFor(definition, firstAnswers(definition));
  // At 4,006 nodes ajv's one generated function overflows the default stack (docs/benchmarks.md); a failing task
  // made vitest print NaN for the whole group. `npm run bench:scaling` measures that size with a larger stack.
  const ajvRuns = runsWithinStack(() => validate(data));
  describe(`validate ${name} (${definition.flow.nodes.length} nodes)`, () => {
    if (ajvRuns) {
      bench(`ajv validate (${name})`, () => {
        if (!validate(data)) throw new Error(`benchmark submission is invalid: ${JSON.stringify(validate.errors?.[0])}`);
      }, { time: 1000 });
    } else {
      console.warn(`ajv validate (${name}): left out, its generated function overflows the stack (npm run bench:scaling measures it)`);
    }
    bench(`engine validate (${name})`, () => {
      if (!validateSubmission(pkg, data).valid) throw new Error('benchmark submission is invalid for the runtime engine');
    }, { time: 1000 });
    bench(`cfworker validate (${name})`, () => {
      if (!cfworker.validate(data).valid) throw new Error('benchmark submission is invalid for @cfworker/json-schema');
    }, { time: 1000 });
  });
}
