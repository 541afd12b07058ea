// The package normaliser the designer's build-from-blank browser test relies on (e2e/normalizePackage.js): equal
// after normalisation exactly when two packages differ only in ids (and positions, which never reach a package).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ServiceDefinition } from '../schemas/service.types.ts';
import { compile } from '../designer/compiler/index.ts';
import { canonicalIds, normalizePackage, packageDifferences } from '../e2e/normalizePackage.js';

const dir = new URL('../examples/gd-pension-enrolment/', import.meta.url);
const definition = JSON.parse(readFileSync(new URL('gd-pension-enrolment.service.json', dir), 'utf8')) as ServiceDefinition;
const golden = JSON.parse(readFileSync(new URL('gd-pension-enrolment.package.json', dir), 'utf8')) as unknown;

/** The definition with every id replaced as a designer would make them (random-looking), positions moved. */
function withOtherIds(source: ServiceDefinition, itemId: string, names: (id: string, index: number) => string): ServiceDefinition {
  const ids = new Map<string, string>();
  let index = 0;
  const next = (id: string) => {
    if (!ids.has(id)) ids.set(id, names(id, index++));
    return ids.get(id) as string;
  };
  const text = JSON.stringify(source);
  const all: string[] = [];
  for (const node of source.flow.nodes) {
    all.push(node.id);
    if (node.kind === 'step') for (const field of node.fields) all.push(field.id);
  }
  for (const edge of source.flow.edges) all.push(edge.id);
  for (const stage of source.approval?.nodes ?? []) all.push(stage.id);
  for (const edge of source.approval?.edges ?? []) all.push(edge.id);
  // Longest first, as whole JSON strings, so n_hukou never hits inside n_hukouX.
  let renamed = text;
  for (const id of all.sort((a, b) => b.length - a.length)) renamed = renamed.split(`"${id}"`).join(`"${next(id)}"`);
  const copy = JSON.parse(renamed) as ServiceDefinition;
  for (const node of [...copy.flow.nodes, ...(copy.approval?.nodes ?? [])]) node.position = { x: node.position.x * 3 + 17, y: -node.position.y };
  return { ...copy, id: itemId };
}

describe('normalizePackage', () => {
  it('makes a package equal to the golden one when only ids and positions differ', () => {
    const other = withOtherIds(definition, 'new-item', (_id, i) => `n_${(i * 7919).toString(36)}x`);
    const compiled = compile(other).package;

    expect(JSON.stringify(compiled)).not.toBe(JSON.stringify(golden));
    expect(packageDifferences(normalizePackage(compiled), normalizePackage(golden))).toEqual([]);
    expect(normalizePackage(compiled)).toEqual(normalizePackage(golden));
  });

  it('renames ids where the package puts ids and nowhere else, so an end called "submit" keeps its outcome', () => {
    const other = withOtherIds(definition, 'x', (id) => (id === 'n_end' ? 'submit' : id === 'n_start' ? 'start' : `${id}_2`));
    const normal = normalizePackage(compile(other).package) as { flow: { nodes: { id: string; outcome?: string }[] } };

    const end = normal.flow.nodes.at(-1);
    expect(end).toMatchObject({ id: 'end#7', outcome: 'submit' });
    expect(canonicalIds(golden).get('n_hukou')).toBe('node:hukouBook');
    expect(canonicalIds(golden).get('f_name')).toBe('field:enrolmentForm.name');
    expect(canonicalIds(golden).get('e_accept_register')).toBe('transition:stage:accept>stage:register:pass');
  });

  it('still tells packages apart that differ in a key, a text, a condition or the version', () => {
    const base = normalizePackage(golden);
    const changes: ((d: ServiceDefinition) => void)[] = [
      (d) => {
        const node = d.flow.nodes.find((n) => n.id === 'n_hukou');
        if (node?.kind === 'material') node.key = 'hukou';
      },
      (d) => {
        d.meta.name['zh-CN'] += '（试行）';
      },
      (d) => {
        const edge = d.flow.edges.find((e) => e.id === 'e_student_exitStudent');
        if (edge?.condition && 'value' in edge.condition) edge.condition.value = false;
      },
      (d) => {
        d.version = '1.0.1';
      },
    ];
    for (const change of changes) {
      const copy = structuredClone(definition);
      change(copy);
      expect(packageDifferences(normalizePackage(compile(copy).package), base)).not.toEqual([]);
    }
  });
});
