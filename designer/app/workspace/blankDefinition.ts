import type { ServiceDefinition } from '../../../schemas/index.ts';

/**
 * A new item that is valid from the first second: start → a submit end, and the 办事指南 elements the schema
 * requires filled with common defaults (promised case, online, no visit, free, 20/10 working days). What only the
 * author can know (agency, legal basis) is marked 待填写 so it stands out in the guide.
 */
export function blankDefinition(id: string): ServiceDefinition {
  return {
    formatVersion: 1,
    id,
    version: '0.1.0',
    meta: {
      name: { 'zh-CN': '未命名事项', en: 'Untitled item' },
      itemType: { code: '20', label: { 'zh-CN': '公共服务', en: 'Public service' }, scheme: 'national' },
      agency: { name: { 'zh-CN': '待填写：实施机关', en: 'To fill in: implementing agency' }, nature: 'statutory' },
      legalBasis: [{ title: { 'zh-CN': '待填写：设定依据', en: 'To fill in: legal basis' } }],
      servedParties: ['natural-person'],
      caseType: 'promised',
      channels: ['online'],
      visits: { count: 0 },
      legalTimeLimit: { value: 20, unit: 'working-day' },
      promisedTimeLimit: { value: 10, unit: 'working-day' },
      fees: { free: true },
    },
    flow: {
      nodes: [
        { id: 'start', kind: 'start', position: { x: 0, y: 0 } },
        { id: 'submit', kind: 'end', outcome: 'submit', position: { x: 0, y: 160 } },
      ],
      edges: [{ id: 'start-submit', source: 'start', target: 'submit' }],
    },
  };
}
