/**
 * Field lookup by id over a package: the Field definition and its data path, for situations and step fields.
 */
import type { Field, PackageNode, ServicePackage } from '../../schemas/index.ts';

/** One answerable field of a package. */
export interface FieldInfo {
  readonly id: string;
  readonly field: Field;
  readonly nodeId: string;
  /** [situationKey] or [stepKey, fieldKey]. */
  readonly path: readonly string[];
}

/** Every top-level answerable field by id, in flow order. */
export function indexPackageFields(pkg: ServicePackage): Map<string, FieldInfo> {
  const index = new Map<string, FieldInfo>();
  for (const node of pkg.flow.nodes as PackageNode[]) {
    if (node.kind === 'situation') {
      index.set(node.id, { id: node.id, field: node.field, nodeId: node.id, path: [node.key] });
    } else if (node.kind === 'step') {
      for (const field of node.fields) {
        if (!index.has(field.id)) index.set(field.id, { id: field.id, field, nodeId: node.id, path: [node.key, field.key] });
      }
    }
  }
  // flow.fields is the package's own index: prefer its paths where it disagrees (it is what conditions use).
  for (const [id, info] of index) {
    const location = Object.prototype.hasOwnProperty.call(pkg.flow.fields, id) ? pkg.flow.fields[id] : undefined;
    if (location) index.set(id, { ...info, path: location.path });
  }
  return index;
}
