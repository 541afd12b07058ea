/**
 * Which answers a node's outgoing branches cover. Exact for branches that each compare one and the same field
 * (choices, yes/no, numeric intervals); anything more complex is reported as unverifiable.
 * The compiler uses "exhaustive" to simplify reachability; lint uses the gaps and overlaps.
 */
import type { Comparison, Condition, FlowEdge } from '../../schemas/index.ts';
import type { FieldEntry } from '../model/fields.ts';

interface Interval {
  lo: number;
  loOpen: boolean;
  hi: number;
  hiOpen: boolean;
}

type ValueSet = { kind: 'finite'; values: Set<string | boolean> } | { kind: 'intervals'; intervals: Interval[] };

export type BranchCoverage =
  | { kind: 'always'; exhaustive: true }
  | {
      kind: 'single-field';
      exhaustive: boolean;
      entry: FieldEntry;
      /** Answers no branch takes: option values, or readable intervals. */
      missing: string[];
      /** Pairs of edges whose answers overlap (never reported for multiple choice: several reasons may apply). */
      overlaps: [FlowEdge, FlowEdge][];
    }
  | { kind: 'unverifiable'; exhaustive: false };

const FULL_LINE: Interval = { lo: -Infinity, loOpen: true, hi: Infinity, hiOpen: true };

function comparisonSet(comparison: Comparison, entry: FieldEntry): ValueSet | undefined {
  const { field } = entry;
  const { op, value } = comparison;
  if (field.type === 'number' || field.type === 'integer') {
    if (typeof value !== 'number') return undefined;
    const interval: Interval | undefined =
      op === 'lt' ? { lo: -Infinity, loOpen: true, hi: value, hiOpen: true }
      : op === 'lte' ? { lo: -Infinity, loOpen: true, hi: value, hiOpen: false }
      : op === 'gt' ? { lo: value, loOpen: true, hi: Infinity, hiOpen: true }
      : op === 'gte' ? { lo: value, loOpen: false, hi: Infinity, hiOpen: true }
      : op === 'equals' ? { lo: value, loOpen: false, hi: value, hiOpen: false }
      : undefined;
    return interval ? { kind: 'intervals', intervals: [interval] } : undefined;
  }
  const domain = finiteDomain(entry);
  if (!domain) return undefined;
  const listed = (Array.isArray(value) ? value : [value]).filter((v): v is string | boolean => typeof v !== 'number');
  switch (op) {
    case 'equals':
    case 'in':
      return field.type === 'multi-choice' ? undefined : { kind: 'finite', values: new Set(listed) };
    case 'notEquals':
    case 'notIn':
      return field.type === 'multi-choice'
        ? undefined
        : { kind: 'finite', values: new Set([...domain].filter((v) => !listed.includes(v))) };
    case 'includes':
      return field.type === 'multi-choice' ? { kind: 'finite', values: new Set(listed) } : undefined;
    default:
      return undefined;
  }
}

function finiteDomain(entry: FieldEntry): Set<string | boolean> | undefined {
  const { field } = entry;
  if (field.type === 'yes-no') return new Set([true, false]);
  if (field.type === 'single-choice' || field.type === 'multi-choice') {
    return new Set((field.options ?? []).map((o) => o.value));
  }
  return undefined;
}

/** The single field a condition compares, with the set of answers it accepts; undefined when more complex. */
function conditionSet(condition: Condition, fields: ReadonlyMap<string, FieldEntry>): { entry: FieldEntry; set: ValueSet } | undefined {
  const parts = 'any' in condition ? condition.any : [condition];
  let entry: FieldEntry | undefined;
  let union: ValueSet | undefined;
  for (const part of parts) {
    if (!('field' in part)) return undefined;
    const partEntry = fields.get(part.field);
    if (!partEntry || (entry && partEntry !== entry)) return undefined;
    entry = partEntry;
    const set = comparisonSet(part, partEntry);
    if (!set) return undefined;
    union = union ? unite(union, set) : set;
  }
  return entry && union ? { entry, set: union } : undefined;
}

function unite(a: ValueSet, b: ValueSet): ValueSet {
  if (a.kind === 'finite' && b.kind === 'finite') return { kind: 'finite', values: new Set([...a.values, ...b.values]) };
  if (a.kind === 'intervals' && b.kind === 'intervals') return { kind: 'intervals', intervals: [...a.intervals, ...b.intervals] };
  return a;
}

/** Analyses the outgoing edges of one node. */
export function analyzeBranches(edges: readonly FlowEdge[], fields: ReadonlyMap<string, FieldEntry>): BranchCoverage {
  if (edges.some((edge) => !edge.condition)) return { kind: 'always', exhaustive: true };
  const sets: { edge: FlowEdge; set: ValueSet }[] = [];
  let entry: FieldEntry | undefined;
  for (const edge of edges) {
    const analysed = conditionSet(edge.condition!, fields);
    if (!analysed || (entry && analysed.entry !== entry)) return { kind: 'unverifiable', exhaustive: false };
    entry = analysed.entry;
    sets.push({ edge, set: analysed.set });
  }
  if (!entry) return { kind: 'unverifiable', exhaustive: false };
  const overlaps: [FlowEdge, FlowEdge][] = [];
  if (entry.field.type !== 'multi-choice') {
    for (let i = 0; i < sets.length; i++) {
      for (let j = i + 1; j < sets.length; j++) {
        if (intersects(sets[i]!.set, sets[j]!.set, entry)) overlaps.push([sets[i]!.edge, sets[j]!.edge]);
      }
    }
  }
  const missing = uncovered(sets.map((s) => s.set), entry);
  // An unanswered optional field satisfies no comparison, so only an always-answered field can be exhaustive.
  return { kind: 'single-field', exhaustive: missing.length === 0 && entry.alwaysAnswered, entry, missing, overlaps };
}

function intersects(a: ValueSet, b: ValueSet, entry: FieldEntry): boolean {
  if (a.kind === 'finite' && b.kind === 'finite') return [...a.values].some((v) => b.values.has(v));
  if (a.kind === 'intervals' && b.kind === 'intervals') {
    const integer = entry.field.type === 'integer';
    return a.intervals.some((x) => b.intervals.some((y) => intervalsOverlap(x, y, integer)));
  }
  return false;
}

function toIntegerRange(interval: Interval): [number, number] {
  const lo = interval.lo === -Infinity ? -Infinity : interval.loOpen ? Math.floor(interval.lo) + 1 : Math.ceil(interval.lo);
  const hi = interval.hi === Infinity ? Infinity : interval.hiOpen ? Math.ceil(interval.hi) - 1 : Math.floor(interval.hi);
  return [lo, hi];
}

function intervalsOverlap(x: Interval, y: Interval, integer: boolean): boolean {
  if (integer) {
    const [a0, a1] = toIntegerRange(x);
    const [b0, b1] = toIntegerRange(y);
    return Math.max(a0, b0) <= Math.min(a1, b1);
  }
  const lo = x.lo > y.lo || (x.lo === y.lo && x.loOpen) ? x : y;
  const hi = x.hi < y.hi || (x.hi === y.hi && x.hiOpen) ? x : y;
  if (lo.lo < hi.hi) return true;
  return lo.lo === hi.hi && !lo.loOpen && !hi.hiOpen;
}

function uncovered(sets: ValueSet[], entry: FieldEntry): string[] {
  const domain = finiteDomain(entry);
  if (domain) {
    const covered = new Set<string | boolean>();
    for (const set of sets) if (set.kind === 'finite') set.values.forEach((v) => covered.add(v));
    return [...domain].filter((v) => !covered.has(v)).map(String);
  }
  const intervals = sets.flatMap((set) => (set.kind === 'intervals' ? set.intervals : []));
  const { minimum, maximum } = entry.field;
  const domainInterval: Interval = {
    lo: minimum ?? FULL_LINE.lo,
    loOpen: minimum === undefined,
    hi: maximum ?? FULL_LINE.hi,
    hiOpen: maximum === undefined,
  };
  return entry.field.type === 'integer' ? integerGaps(intervals, domainInterval) : realGaps(intervals, domainInterval);
}

function integerGaps(intervals: Interval[], domain: Interval): string[] {
  const [lo, hi] = toIntegerRange(domain);
  const ranges = intervals.map(toIntegerRange).filter(([a, b]) => a <= b).sort((a, b) => a[0] - b[0]);
  const gaps: string[] = [];
  let next = lo; // the smallest integer not yet covered
  for (const [a, b] of ranges) {
    if (next > hi) break;
    if (a > next) gaps.push(describeRange(next, Math.min(a - 1, hi)));
    if (b === Infinity) return gaps; // covered up to +∞: nothing can be left
    if (b + 1 > next) next = b + 1;
  }
  if (next <= hi) gaps.push(describeRange(next, hi));
  return gaps;
}

function describeRange(a: number, b: number): string {
  if (a === b) return String(a);
  return `${a === -Infinity ? '−∞' : a}…${b === Infinity ? '+∞' : b}`;
}

function realGaps(intervals: Interval[], domain: Interval): string[] {
  const sorted = [...intervals].sort((x, y) => x.lo - y.lo || Number(x.loOpen) - Number(y.loOpen));
  const gaps: string[] = [];
  // `edge` is the covered frontier; `edgeOpen` says whether the frontier point itself is still uncovered.
  let edge = domain.lo;
  let edgeOpen = !domain.loOpen;
  for (const interval of sorted) {
    if (edge > domain.hi) break;
    const startsAfter = interval.lo > edge || (interval.lo === edge && interval.loOpen && edgeOpen);
    if (startsAfter) gaps.push(`${edgeOpen ? '[' : '('}${fmt(edge)}, ${fmt(interval.lo)}${interval.loOpen ? ']' : ')'}`);
    if (interval.hi > edge || (interval.hi === edge && !interval.hiOpen)) {
      edge = interval.hi;
      edgeOpen = interval.hiOpen;
    }
  }
  if (edge < domain.hi || (edge === domain.hi && edgeOpen && !domain.hiOpen)) {
    gaps.push(`${edgeOpen ? '[' : '('}${fmt(edge)}, ${fmt(domain.hi)}${domain.hiOpen ? ')' : ']'}`);
  }
  return gaps;
}

function fmt(n: number): string {
  return n === Infinity ? '+∞' : n === -Infinity ? '−∞' : String(n);
}
