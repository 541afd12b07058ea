/**
 * definition → service package. Pure and deterministic: the same definition gives the same bytes, because every
 * collection is emitted in definition or topological order and the hash is over canonical (key-sorted) JSON.
 */
import type {
  FieldLocation,
  ManifestMaterial,
  PackageApprovals,
  PackageNode,
  PreviousVersion,
  ServiceDefinition,
  ServicePackage,
} from '../../schemas/index.ts';
import { changeEntries, diffDefinitions } from '../model/changeList.ts';
import { situationField } from '../model/fields.ts';
import { analyzeFlow, type FlowAnalysis } from './analysis.ts';
import { hasErrors, type Diagnostic } from './diagnostics.ts';
import { keyedMap } from './jsonSchema.ts';
import { runLint } from './lint/index.ts';
import { acceptedVariants } from './materialSchema.ts';
import { computeReachability, type ReachabilityResult } from './reachability.ts';
import { canonicalSha256 } from './sha256.ts';
import { buildSubmissionSchema } from './submissionSchema.ts';
import { COMPILER_VERSION } from './version.ts';

export interface CompileResult {
  /** Present when there is no error-severity diagnostic. */
  readonly package?: ServicePackage;
  readonly diagnostics: readonly Diagnostic[];
}

/** Lints a definition without building a package. Never throws on schema-valid input. */
export function lint(definition: ServiceDefinition): Diagnostic[] {
  return runLint(definition, analyzeFlow(definition));
}

/**
 * Compiles a definition that conforms to schemas/service.schema.json (check that first: see
 * `validateDefinition`). Errors stop the compile; warnings and infos come back with the package.
 */
export interface CompileOptions {
  /**
   * The last published version: its change list (and hash) goes into the package as `previous`, so the runtime
   * can tell a citizen with a draft of that version which answers to check again.
   */
  readonly previous?: { readonly definition: ServiceDefinition; readonly package: Pick<ServicePackage, 'version' | 'hash'> };
}

export function compile(definition: ServiceDefinition, options: CompileOptions = {}): CompileResult {
  const analysis = analyzeFlow(definition);
  const diagnostics = runLint(definition, analysis);
  if (hasErrors(diagnostics) || !analysis.order) return { diagnostics };
  const reach = computeReachability(analysis.graph, analysis.order, analysis.idom, analysis.fields);
  const content = {
    packageFormat: 1 as const,
    id: definition.id,
    version: definition.version,
    compiler: { name: 'banshi' as const, version: COMPILER_VERSION },
    schema: buildSubmissionSchema(definition, analysis, reach) as ServicePackage['schema'],
    flow: { nodes: flowNodes(analysis, reach), fields: fieldLocations(analysis) },
    materials: manifest(analysis, reach),
    guide: definition.meta,
    ...(definition.approval ? { approvals: approvals(definition) } : {}),
    ...(options.previous ? { previous: previousVersion(options.previous, definition) } : {}),
  };
  // `hash` is placed after `version` for readers; the canonical JSON it is computed over sorts keys anyway.
  const { packageFormat, id, version, ...rest } = content;
  const hash = `sha256:${canonicalSha256(content)}`;
  const pkg: ServicePackage = { packageFormat, id, version, hash, ...rest };
  return { package: pkg, diagnostics };
}

function previousVersion(previous: NonNullable<CompileOptions['previous']>, definition: ServiceDefinition): PreviousVersion {
  return {
    version: previous.package.version,
    hash: previous.package.hash,
    changes: changeEntries(diffDefinitions(previous.definition, definition)),
  };
}

function flowNodes(analysis: FlowAnalysis, reach: ReachabilityResult): PackageNode[] {
  const nodes: PackageNode[] = [];
  for (const id of analysis.order!.slice(1)) {
    const node = analysis.graph.byId.get(id)!;
    const condition = reach.nodes.get(id)!.condition;
    switch (node.kind) {
      case 'situation':
        nodes.push({
          id, kind: 'situation', key: node.key, reach: condition, field: situationField(node),
          ...(node.unit ? { unit: node.unit } : {}),
          ...(node.showInNotice !== undefined ? { showInNotice: node.showInNotice } : {}),
        });
        break;
      case 'step':
        nodes.push({
          id, kind: 'step', key: node.key, reach: condition, title: node.title,
          ...(node.description ? { description: node.description } : {}),
          fields: node.fields,
        });
        break;
      case 'material':
        nodes.push({ id, kind: 'material', key: node.key, reach: condition });
        break;
      case 'end':
        nodes.push({
          id, kind: 'end', reach: condition, outcome: node.outcome,
          ...(node.title ? { title: node.title } : {}),
          ...(node.reason ? { reason: node.reason } : {}),
        });
        break;
      case 'start':
        break;
    }
  }
  return nodes;
}

function fieldLocations(analysis: FlowAnalysis): Record<string, FieldLocation> {
  const byNode = new Map<string, [string, FieldLocation][]>();
  for (const [fieldId, entry] of analysis.fields) {
    const list = byNode.get(entry.nodeId) ?? [];
    list.push([fieldId, { nodeId: entry.nodeId, path: [...entry.path] }]);
    byNode.set(entry.nodeId, list);
  }
  // Emitted in flow order so the package reads top to bottom like the form. Keyed by field ids: a `keyedMap`.
  const locations = keyedMap<FieldLocation>();
  for (const id of analysis.order!) {
    for (const [fieldId, location] of byNode.get(id) ?? []) locations[fieldId] = location;
  }
  return locations;
}

function manifest(analysis: FlowAnalysis, reach: ReachabilityResult): ManifestMaterial[] {
  const out: ManifestMaterial[] = [];
  for (const id of analysis.order!.slice(1)) {
    const node = analysis.graph.byId.get(id)!;
    if (node.kind !== 'material') continue;
    const { id: nodeId, kind: _kind, position: _position, key, ...attributes } = node;
    void _kind;
    void _position;
    out.push({
      key,
      nodeId,
      reach: reach.nodes.get(id)!.condition,
      reachSchema: `#/$defs/reach-${id}`,
      ...attributes,
      accepts: acceptedVariants(node),
    });
  }
  return out;
}

function approvals(definition: ServiceDefinition): PackageApprovals {
  const lane = definition.approval!;
  return {
    entry: lane.entry,
    stages: lane.nodes.map(({ kind: _kind, position: _position, ...stage }) => stage),
    transitions: lane.edges,
    totalBudgetDays: lane.nodes.reduce((sum, stage) => sum + stage.budgetDays, 0),
  };
}
