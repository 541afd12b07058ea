/** Material rules: every material can be satisfied, and each way it allows carries what that way needs. */
import type { ServiceDefinition } from '../../../schemas/index.ts';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { findCatchAll, limitWords } from './guide.ts';

export function lintMaterials(definition: ServiceDefinition): Diagnostic[] {
  const out: Diagnostic[] = [];
  definition.flow.nodes.forEach((node, i) => {
    if (node.kind !== 'material') return;
    const name = node.name['zh-CN'];
    const where = { nodeId: node.id, path: `/flow/nodes/${i}` };
    if (node.ways.length === 0) out.push(diagnostic('SVC040', { name }, where));
    const needs: [boolean, string, string, string][] = [
      [node.ways.includes('upload') && !node.upload, '上传', '上传要求（文件类型和大小）', 'an upload rule (file types and size)'],
      [node.ways.includes('eLicence') && !node.eLicence, '电子证照', '电子证照目录编码', 'an e-licence catalogue code'],
      [node.ways.includes('commitment') && !node.commitment, '告知承诺', '承诺书文本', 'the commitment text'],
      [node.necessity === 'deferrable' && !node.deferral, '容缺后补', '补交时限', 'a deadline for supplying it'],
    ];
    for (const [missing, way, what, whatEn] of needs) {
      if (missing) out.push(diagnostic('SVC041', { name, way, what, whatEn }, where));
    }
    // 容缺受理 (DOMAIN.md 2.5): the deadline for a deferred material may not exceed the item's 承诺时限, since the
    // result is issued only once it has arrived. N working days span at least N natural days, so a promise in
    // natural days shorter than the deferral is over too; a promise in months cannot be compared without a
    // calendar and is not checked (SVC034 does the same).
    const promised = definition.meta.promisedTimeLimit;
    if (node.necessity === 'deferrable' && node.deferral && promised.unit !== 'month' && node.deferral.workingDays > promised.value) {
      const limit = limitWords(promised);
      out.push(diagnostic('SVC042', { name, days: node.deferral.workingDays, limit: limit.zh, limitEn: limit.en }, { ...where, path: `${where.path}/deferral` }));
    }
    for (const text of [node.name, node.description]) {
      const phrase = findCatchAll(text);
      if (phrase && text) out.push(diagnostic('SVC033', { text: text['zh-CN'], phrase }, where));
    }
  });
  return out;
}
