/** Hover: what a step is and the gaps there; over a gap, why its rule matters and how to close this gap. */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { Point } from '../position.js';
import { gapRange } from '../report/range.js';
import type { RuleRegistry } from '../rules/registry.js';
import type { Gap } from '../rules/types.js';
import { rangeOf } from './diagnostics.js';
import { contains, type Occurrence } from './symbols.js';

/** `registry`: the rules the gaps come from. */
export function hover(
  occurrence: Occurrence | undefined,
  gaps: readonly Gap[],
  point: Point,
  registry: RuleRegistry,
): Hover | null {
  const step = occurrence?.kind === 'step' ? occurrence.process.steps.find((s) => s.id === occurrence.id) : undefined;
  const atStep = step ? gaps.filter((gap) => gap.process === occurrence!.process.id && gap.step === step.id) : [];
  const under = gaps.filter((gap) => contains(gapRange(gap), point));
  const parts: string[] = [];
  if (step) {
    const facts = [
      `type \`${step.type}\``,
      step.actor ? `actor \`${step.actor.id}\`` : 'no actor',
      ...(step.takes ? [`takes ${step.takes.text}`] : []),
    ];
    parts.push(`**${step.id}**${step.title ? `: ${step.title}` : ''}\n\n${facts.join(', ')}`);
    parts.push(
      atStep.length === 0
        ? 'No gap at this step.'
        : `Gaps at this step:\n${atStep.map((gap) => `- ${gap.severity} \`${gap.rule}\`: ${gap.message}`).join('\n')}`,
    );
  }
  for (const rule of new Set(under.map((gap) => gap.rule))) {
    const meta = registry.get(rule)?.meta;
    if (!meta) continue;
    // The fix each gap of the rule here gives for its own case, else the rule's general one.
    const fixes = new Set(under.filter((gap) => gap.rule === rule).map((gap) => gap.fix ?? meta.fix));
    parts.push(
      [`**${rule}**: ${meta.summary}`, `*Why:* ${meta.why}`, ...[...fixes].map((fix) => `*Fix:* ${fix}`)].join('\n\n'),
    );
  }
  if (parts.length === 0) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
    ...(occurrence ? { range: rangeOf(occurrence.at) } : {}),
  };
}
