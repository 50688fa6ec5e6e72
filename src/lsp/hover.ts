/** Hover: what a step is and the gaps there; over a gap, why its rule matters and how to close it. */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { Point } from '../position.js';
import { findRule } from '../rules/index.js';
import type { Gap } from '../rules/types.js';
import { gapPlace, rangeOf } from './diagnostics.js';
import { contains, type Occurrence } from './symbols.js';

export function hover(occurrence: Occurrence | undefined, gaps: readonly Gap[], point: Point): Hover | null {
  const step = occurrence?.kind === 'step' ? occurrence.process.steps.find((s) => s.id === occurrence.id) : undefined;
  const atStep = step ? gaps.filter((gap) => gap.process === occurrence!.process.id && gap.step === step.id) : [];
  const under = gaps.filter((gap) => contains(gapPlace(gap), point));
  const parts: string[] = [];
  if (step) {
    const facts = [`type \`${step.type}\``, step.actor ? `actor \`${step.actor.id}\`` : 'no actor', ...(step.takes ? [`takes ${step.takes.text}`] : [])];
    parts.push(`**${step.id}**${step.title ? `: ${step.title}` : ''}\n\n${facts.join(', ')}`);
    parts.push(atStep.length === 0 ? 'No gap at this step.' : `Gaps at this step:\n${atStep.map((gap) => `- ${gap.severity} \`${gap.rule}\`: ${gap.message}`).join('\n')}`);
  }
  for (const rule of new Set(under.map((gap) => gap.rule))) {
    const meta = findRule(rule)?.meta;
    if (meta) parts.push(`**${rule}**: ${meta.summary}\n\n*Why:* ${meta.why}\n\n*Fix:* ${meta.fix}`);
  }
  if (parts.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, ...(occurrence ? { range: rangeOf(occurrence.at) } : {}) };
}
