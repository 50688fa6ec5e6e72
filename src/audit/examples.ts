/** A rule's examples, audited as a user's file would be: every rule, the default config, one fixed date. */
import { defaultConfig } from '../config/config.js';
import { loadProcessText } from '../load/load-file.js';
import type { RuleRegistry } from '../rules/registry.js';
import type { Gap, RuleMeta } from '../rules/types.js';
import { audit, type AuditResult } from './audit.js';

/** The date examples are audited as: their reviews, training and waivers are written to be current then. */
export const EXAMPLES_TODAY = '2026-11-23';

/** `text` audited alone as `<rule id>.yaml`, with every rule of the registry at its default setting. */
export function auditExample(registry: RuleRegistry, meta: RuleMeta<object>, text: string): AuditResult {
  return audit(
    [loadProcessText(`${meta.id}.yaml`, text, registry.ids)],
    defaultConfig(process.cwd(), registry),
    EXAMPLES_TODAY,
  );
}

/** The gaps of its own rule that the rule's failing example gets; none when it has no failing example. */
export function failingExampleGaps(registry: RuleRegistry, meta: RuleMeta<object>): Gap[] {
  if (meta.failingExample === undefined) return [];
  return auditExample(registry, meta, meta.failingExample).gaps.filter((gap) => gap.rule === meta.id);
}
