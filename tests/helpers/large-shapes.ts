/**
 * Small files that once took gapcheck down (docs/format.md: a report grows with its gaps, never with a process):
 * a long closed loop, and many intakes feeding one long chain. Generated at test time, never committed.
 */

const HEADER = [
  'roles:',
  '  agent: { title: Agent, frontline: true, can: [refund], training: { last: 2026-11-01, every: 365d } }',
  '  lead: { title: Lead, training: { last: 2026-11-01, every: 365d } }',
  'review: { last: 2026-11-01, every: 365d }',
];

/** A complaint call that leads into a loop of `size` steps with no way out. */
export function closedLoop(size: number): string {
  const lines = [
    'process: closed-loop',
    `title: A complaint call caught in a loop of ${size} steps`,
    'owner: lead',
    ...HEADER,
    'start: receive',
    'steps:',
    '  receive: { type: intake, intent: complaint, channel: phone, actor: agent, takes: 1m, next: l0 }',
  ];
  for (let i = 0; i < size; i++)
    lines.push(`  l${i}: { type: contact, channel: phone, actor: agent, takes: 1m, next: l${(i + 1) % size} }`);
  return `${lines.join('\n')}\n`;
}

/** `intakes` e-mailed complaints, each filed by `system` into one chain of `length` internal steps that ends unresolved. */
export function intakesIntoChain(intakes: number, length: number): string {
  const lines = [
    'process: many-intakes',
    `title: ${intakes} intakes into one chain of ${length} steps`,
    'owner: lead',
    ...HEADER,
  ];
  lines.push(`start: [${Array.from({ length: intakes }, (_, i) => `i${i}`).join(', ')}]`, 'steps:');
  for (let i = 0; i < intakes; i++)
    lines.push(`  i${i}: { type: intake, intent: complaint, channel: email, actor: system, takes: 1m, next: c0 }`);
  for (let i = 0; i < length; i++)
    lines.push(
      `  c${i}: { type: action, actor: ${i % 2 ? 'agent' : 'lead'}, takes: 1m, next: ${i + 1 < length ? `c${i + 1}` : 'done'} }`,
    );
  lines.push('  done: { type: end, outcome: unresolved }');
  return `${lines.join('\n')}\n`;
}
