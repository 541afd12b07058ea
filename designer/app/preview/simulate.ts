// The situation simulator's logic, pure: answers → the situations asked (in flow order), the path (reached nodes
// and followed edges, for the canvas highlight), the outcome and the 一次性告知 material list; personas and the
// difference between a persona's expected materials and the list its answers give now. Reachability comes from the
// runtime's own interpreter (runtime/engine/conditions.ts), so the simulator and the citizen form agree.
import type { ManifestMaterial, PackageNode, PackageSituation, ReachCondition, ServicePackage } from '../../../schemas/index.ts';
import type { ConditionValue, LocalText, Persona, ServiceDefinition } from '../../../schemas/service.types.ts';
import { createReachEvaluator, requiredMaterials } from '../../../runtime/engine/conditions.ts';

/** Situation key → answer, as in the submission. */
export type Answers = Readonly<Record<string, ConditionValue | undefined>>;

export type Outcome =
  | { readonly kind: 'submit' }
  | { readonly kind: 'exit'; readonly nodeId: string }
  | { readonly kind: 'incomplete'; readonly unanswered: number };

export interface Simulation {
  /** The answers that count: those of situations reached given the earlier answers. */
  readonly answers: Answers;
  /** The situations asked, in flow order. */
  readonly situations: readonly PackageSituation[];
  /** Reached applicant-flow node ids (the start node included), in flow order. */
  readonly nodes: readonly string[];
  /** Followed edge ids. */
  readonly edges: readonly string[];
  readonly materials: readonly ManifestMaterial[];
  readonly outcome: Outcome;
  /** Answer keys given that no reached situation asks for (stale persona answers, changed flows). */
  readonly unused: readonly string[];
}

const isSituation = (node: PackageNode): node is PackageNode & PackageSituation => node.kind === 'situation';

/** Every situation question of the package, in flow (topological) order. */
export function situationsOf(pkg: ServicePackage): PackageSituation[] {
  return (pkg.flow.nodes as PackageNode[]).filter(isSituation);
}

/** An empty string or array is never an answer (the engine removes the key instead). */
export function isAnswer(value: ConditionValue | undefined): value is ConditionValue {
  return value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
}

/** Sets or clears one answer, returning new answers. */
export function setAnswer(answers: Answers, key: string, value: ConditionValue | undefined): Answers {
  const { [key]: _old, ...rest } = answers;
  return isAnswer(value) ? { ...rest, [key]: value } : rest;
}

/**
 * Runs the answers through the package. The flow is topological, so each situation's reach only reads answers of
 * earlier situations: walking it in order and keeping only the answers of reached situations gives exactly the
 * data a citizen's form would hold.
 */
export function simulate(pkg: ServicePackage, definition: ServiceDefinition, given: Answers): Simulation {
  const evaluator = createReachEvaluator(pkg);
  const situations: PackageSituation[] = [];
  let data: Record<string, ConditionValue> = {};
  let unanswered = 0;
  for (const situation of situationsOf(pkg)) {
    if (!evaluator.reached(situation.id, data)) continue;
    situations.push(situation);
    const value = Object.prototype.hasOwnProperty.call(given, situation.key) ? given[situation.key] : undefined;
    if (isAnswer(value)) data = { ...data, [situation.key]: value };
    else unanswered += 1;
  }
  const reached = new Set<string>(definition.flow.nodes.filter((node) => node.kind === 'start').map((node) => node.id));
  for (const node of pkg.flow.nodes) if (evaluator.reached(node.id, data)) reached.add(node.id);

  const holds = (condition: unknown) => evaluator.holds(condition as ReachCondition, data);
  const edges: string[] = [];
  for (const edge of definition.flow.edges) {
    if (!reached.has(edge.source) || !reached.has(edge.target)) continue;
    let followed: boolean;
    if (edge.otherwise) {
      const siblings = definition.flow.edges.filter((e) => e.source === edge.source && e.id !== edge.id && e.condition);
      followed = !siblings.some((sibling) => holds(sibling.condition));
    } else followed = edge.condition ? holds(edge.condition) : true;
    if (followed) edges.push(edge.id);
  }

  const nodes = definition.flow.nodes.filter((node) => reached.has(node.id)).map((node) => node.id);
  const order = new Map(pkg.flow.nodes.map((node, index) => [node.id, index]));
  nodes.sort((a, b) => (order.get(a) ?? -1) - (order.get(b) ?? -1));

  const exit = (pkg.flow.nodes as PackageNode[]).find((node) => node.kind === 'end' && node.outcome === 'exit' && reached.has(node.id));
  const outcome: Outcome = exit
    ? { kind: 'exit', nodeId: exit.id }
    : unanswered > 0
      ? { kind: 'incomplete', unanswered }
      : { kind: 'submit' };
  const asked = new Set(situations.map((s) => s.key));
  const unused = Object.keys(given).filter((key) => !asked.has(key));
  return { answers: data, situations, nodes, edges, materials: requiredMaterials(pkg, data, evaluator), outcome, unused };
}

export interface MaterialDiff {
  /** Expected, but these answers do not require it now. */
  readonly missing: readonly string[];
  /** Required now, but not expected. */
  readonly unexpected: readonly string[];
}

/** The difference between a persona's expected materials and the current list (keys, in their lists' order). */
export function diffMaterials(expected: readonly string[], actual: readonly string[]): MaterialDiff {
  const have = new Set(actual);
  const want = new Set(expected);
  return { missing: expected.filter((key) => !have.has(key)), unexpected: actual.filter((key) => !want.has(key)) };
}

export const sameMaterials = (diff: MaterialDiff): boolean => diff.missing.length === 0 && diff.unexpected.length === 0;

/** A persona id not yet used: p1, p2, … */
export function newPersonaId(existing: readonly Persona[] | undefined): string {
  const ids = new Set((existing ?? []).map((p) => p.id));
  let n = ids.size + 1;
  while (ids.has(`p${n}`)) n += 1;
  return `p${n}`;
}

/** A persona from the simulator's current state. */
export function personaFrom(
  existing: readonly Persona[] | undefined,
  input: { name: LocalText; description?: LocalText; answers: Answers; expectedMaterials?: readonly string[] },
): Persona {
  return {
    id: newPersonaId(existing),
    name: input.name,
    ...(input.description ? { description: input.description } : {}),
    answers: { ...input.answers },
    ...(input.expectedMaterials ? { expectedMaterials: [...input.expectedMaterials] } : {}),
  };
}

/** Same answers (order of keys aside)? */
export function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && JSON.stringify(a[key]) === JSON.stringify(b[key]));
}
