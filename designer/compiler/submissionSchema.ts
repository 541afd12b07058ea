/**
 * Assembles the submission's JSON Schema. Property shapes are unconditional; whether a node's data is required
 * or forbidden is decided once per reachability class by an if/then/else on the class's `$defs/reach-*`.
 */
import type { FlowNode1, ServiceDefinition } from '../../schemas/index.ts';
import { situationField } from '../model/fields.ts';
import type { FlowAnalysis } from './analysis.ts';
import { fieldSchema, objectSchema } from './fieldSchema.ts';
import { allOf, anyOf, keyedObject, type SchemaObject } from './jsonSchema.ts';
import { materialValueSchema, sharedVariantDefs, sharedVariantRefs } from './materialSchema.ts';
import { ROOT, type ReachabilityResult } from './reachability.ts';

interface ReachClass {
  requiredKeys: string[];
  forbiddenKeys: string[];
  requiredMaterials: string[];
  forbiddenMaterials: string[];
}

export function buildSubmissionSchema(
  definition: ServiceDefinition,
  analysis: FlowAnalysis,
  reach: ReachabilityResult,
): SchemaObject {
  const order = (analysis.order ?? []).slice(1).map((id) => analysis.graph.byId.get(id)!);
  const properties: Record<string, SchemaObject> = {};
  const materialProperties: Record<string, SchemaObject> = {};
  const classes = new Map<string, ReachClass>();
  const classOf = (node: FlowNode1): ReachClass => {
    const canonical = reach.nodes.get(node.id)!.canonical;
    let found = classes.get(canonical);
    if (!found) {
      found = { requiredKeys: [], forbiddenKeys: [], requiredMaterials: [], forbiddenMaterials: [] };
      classes.set(canonical, found);
    }
    return found;
  };
  const usedVariantDefs = new Set<string>();
  const exits: SchemaObject[] = [];
  const submits: SchemaObject[] = [];

  for (const node of order) {
    switch (node.kind) {
      case 'situation': {
        properties[node.key] = fieldSchema(situationField(node));
        const c = classOf(node);
        c.requiredKeys.push(node.key);
        c.forbiddenKeys.push(node.key);
        break;
      }
      case 'step': {
        properties[node.key] = objectSchema(node.fields);
        const c = classOf(node);
        if (node.fields.some((field) => field.required)) c.requiredKeys.push(node.key);
        c.forbiddenKeys.push(node.key);
        break;
      }
      case 'material': {
        materialProperties[node.key] = materialValueSchema(node);
        for (const name of sharedVariantRefs(node)) usedVariantDefs.add(name);
        const c = classOf(node);
        if (node.necessity !== 'optional') c.requiredMaterials.push(node.key);
        c.forbiddenMaterials.push(node.key);
        break;
      }
      case 'end':
        (node.outcome === 'exit' ? exits : submits).push(reach.reachSchema(node.id));
        break;
      case 'start':
        break;
    }
  }

  const hasMaterials = Object.keys(materialProperties).length > 0;
  if (hasMaterials) {
    properties.materials = { type: 'object', properties: materialProperties, additionalProperties: false };
  }

  const defs: Record<string, SchemaObject> = { ...reach.defs };
  const checks: SchemaObject[] = [];
  if (exits.length > 0) {
    // Reaching an exit end (e.g. 不符合申请条件) makes the application ineligible, whatever else was answered.
    defs.eligible = allOf(exits.map((exit) => ({ not: exit })));
    checks.push({ $ref: '#/$defs/eligible' });
  }
  const complete = anyOf(submits);
  if (Object.keys(complete).length > 0) {
    defs.complete = complete;
    checks.push({ $ref: '#/$defs/complete' });
  }
  for (const [canonical, c] of classes) {
    const required = requiredSchema(c);
    if (canonical === ROOT) {
      if (Object.keys(required).length > 0) checks.push(required);
      continue;
    }
    checks.push({ if: reach.reachSchema(canonical), then: required, else: forbiddenSchema(c) });
  }
  if (hasMaterials) {
    // Only the shared variants some material accepts, so a package carries no unused definitions.
    for (const [name, def] of Object.entries(sharedVariantDefs())) {
      if (usedVariantDefs.has(name)) defs[name] = def;
    }
  }

  const schema: SchemaObject = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:banshi:${definition.id}:${definition.version}`,
    title: definition.meta.name['zh-CN'],
    type: 'object',
    properties,
    additionalProperties: false,
  };
  if (checks.length > 0) schema.allOf = checks;
  schema.$defs = defs;
  return schema;
}

function requiredSchema(c: ReachClass): SchemaObject {
  const required = [...c.requiredKeys];
  // Every required name is also declared in `properties` (ajv strictRequired); {} adds no constraint.
  const properties: Record<string, SchemaObject> = keyedObject(required, () => ({}));
  if (c.requiredMaterials.length > 0) {
    required.push('materials');
    properties.materials = {
      type: 'object',
      required: c.requiredMaterials,
      properties: keyedObject(c.requiredMaterials, () => ({})),
    };
  }
  if (required.length === 0) return {};
  return { type: 'object', required, properties };
}

function forbiddenSchema(c: ReachClass): SchemaObject {
  const properties: Record<string, SchemaObject | boolean> = keyedObject(c.forbiddenKeys, () => false);
  if (c.forbiddenMaterials.length > 0) {
    properties.materials = {
      type: 'object',
      properties: keyedObject(c.forbiddenMaterials, () => false),
    };
  }
  return Object.keys(properties).length > 0 ? { type: 'object', properties } : {};
}
