// Accessibility check with axe-core against WCAG 2.0 A/AA and 2.1 AA; throws with a readable list.
import { AxeBuilder } from '@axe-core/playwright';

/** Runs axe on the page as it is now and throws if it finds any violation. */
export async function expectNoAxeViolations(page, screen) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  if (results.violations.length === 0) return;
  const lines = results.violations.flatMap((violation) => [
    `- ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${violation.helpUrl}`,
    ...violation.nodes.slice(0, 5).map((node) => `    at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
  ]);
  throw new Error(`axe found ${results.violations.length} accessibility violation(s) on ${screen}:\n${lines.join('\n')}`);
}
