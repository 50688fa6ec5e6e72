/** Every rule id, in catalogue order (docs/rules/README.md): waivers and the config may name only these. Every layer may import this list; tests/rules/registry.test.ts keeps it the same as src/rules/index.ts. */
export const RULE_IDS: readonly string[] = [
  // The four named rules
  'order-confirmation',
  'two-minute-response',
  'follow-through',
  'emergency-path',
  // Rules from the practices behind them
  'unanswered-contact',
  'escalation-closure',
  'listen-first',
  'remedy-path',
  'handoff-chain',
  'empowerment',
  'issue-reporting',
  'process-review',
  'training-current',
  'human-touch',
  'customer-effort',
  'cascade',
  // Structural rules
  'invalid-process',
  'unknown-reference',
  'dead-end',
  'endless-loop',
  'unreachable-step',
  'duplicate-process',
  'expired-waiver',
  'unused-waiver',
];
