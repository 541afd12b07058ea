/** Human-readable names of nodes for messages: the zh-CN title, question or name, else the key or id. */
import type { FlowNode1 } from '../../../schemas/index.ts';

export function nodeName(node: FlowNode1 | undefined, fallback = '?'): string {
  if (!node) return fallback;
  switch (node.kind) {
    case 'situation':
      return node.question['zh-CN'];
    case 'step':
      return node.title['zh-CN'];
    case 'material':
      return node.name['zh-CN'];
    case 'end':
      return node.title?.['zh-CN'] ?? node.id;
    case 'start':
      return node.id;
  }
}
