// Generates schemas/*.types.ts from the JSON Schemas, so the schema stays the one source of truth.
// `node scripts/genTypes.js --check` exits 1 when the committed types have drifted (run by the tests).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const targets = [
  { schema: 'schemas/service.schema.json', out: 'schemas/service.types.ts' },
  { schema: 'schemas/package.schema.json', out: 'schemas/package.types.ts' },
];

export async function generate(schemaPath) {
  const schema = JSON.parse(await readFile(root + schemaPath, 'utf8'));
  const banner = `/* Generated from ${schemaPath} by scripts/genTypes.js. Do not edit: change the schema and run npm run gen:types. */`;
  return compile(schema, schema.title, {
    bannerComment: banner,
    cwd: root + 'schemas',
    declareExternallyReferenced: true,
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    format: true,
    ignoreMinAndMaxItems: true,
    style: { singleQuote: true, printWidth: 110 },
  });
}

const check = process.argv.includes('--check');
let drift = false;
for (const { schema, out } of targets) {
  const text = await generate(schema);
  if (check) {
    const current = await readFile(root + out, 'utf8').catch(() => '');
    if (current !== text) {
      drift = true;
      console.error(`${out} is out of date with ${schema}: run npm run gen:types`);
    }
  } else {
    await writeFile(root + out, text);
    console.log(`wrote ${out}`);
  }
}
process.exit(drift ? 1 : 0);
