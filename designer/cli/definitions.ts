/** Loading definitions for `compile` and `lint`: read, parse, check formatVersion and the schema. */
import type { ServiceDefinition } from '../../schemas/index.ts';
import { validateDefinition } from './definition.ts';
import { msg, readJson, type Context, type Read } from './shared.ts';

export async function loadDefinition(ctx: Context, file: string): Promise<Read<ServiceDefinition>> {
  const read = await readJson(ctx, file);
  if (!read.ok) return read;
  const path = ctx.abs(file);
  const check = validateDefinition(read.value);
  if (check.ok) return { ok: true, value: check.definition };
  const versionProblem = check.errors.find((e) => e.keyword === 'formatVersion');
  if (versionProblem) {
    return { ok: false, problem: { kind: 'format-version', file: path, message: versionProblem.message } };
  }
  const count = check.errors.length;
  return {
    ok: false,
    problem: {
      kind: 'schema',
      file: path,
      errors: check.errors,
      message: msg(
        `不符合服务定义格式（schemas/service.schema.json），共 ${count} 处：`,
        `does not match the service definition format (schemas/service.schema.json), ${count} problem${count === 1 ? '' : 's'}:`,
      ),
    },
  };
}
