/**
 * `gapcheck/rules`: what a plugin rule is written against (docs/api.md), under semantic versioning. The rule's shape
 * and what it returns, the process model, the graph and the queries gapcheck's own rules use, and the helpers that
 * keep a rule's messages like theirs. Nothing else of gapcheck's insides is public.
 */
export type { Finding, JsonSchema, ProcessRule, ProcessRule as Rule, RuleContext, RuleMeta } from '../rules/types.js';
export type {
  Because,
  Channel,
  Edge,
  Intent,
  Outcome,
  Process,
  Ref,
  Remedy,
  Review,
  Role,
  Step,
  StepType,
  Training,
  Waiver,
} from '../model/process.js';
export { isCustomerFacing, isResponse, isRole } from '../model/process.js';
export type { Severity } from '../model/severity.js';
export type { Position } from '../position.js';
export type { Duration } from '../model/time.js';
export { formatSeconds, parseDuration } from '../model/time.js';
export {
  ProcessGraph,
  type Components,
  type HeaviestPaths,
  type PathQuery,
  type Reach,
  type SearchLimits,
  type WorstCase,
} from '../model/process-graph.js';
export { cutSteps, pathText, quoteSteps } from '../rules/support/step-list.js';
export { gapOfWays, type Way } from '../rules/support/ways.js';
export { lateWay } from '../rules/support/elapsed-time.js';
