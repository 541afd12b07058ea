/** The part of bpmn-moddle 10.3 (a devDependency, used by the BPMN tests only) that the tests call. */
declare module 'bpmn-moddle' {
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: Record<string, unknown>);
    fromXML(xml: string, typeName?: string): Promise<{ rootElement: unknown; warnings: unknown[]; references: unknown[]; elementsById: Record<string, unknown> }>;
  }
}
