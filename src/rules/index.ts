/**
 * gapcheck's own rules, in catalogue order (docs/rules/README.md). Adding a rule: write its file, then list it here.
 * Only the places that choose the rules import this (the command line, a worker thread, scripts and tests); everything
 * else is handed a registry.
 */
import { cascade } from './cascade.js';
import { customerEffort } from './customer-effort.js';
import { deadEnd } from './dead-end.js';
import { duplicateProcess } from './duplicate-process.js';
import { emergencyPath } from './emergency-path.js';
import { empowerment } from './empowerment.js';
import { endlessLoop } from './endless-loop.js';
import { escalationClosure } from './escalation-closure.js';
import { expiredWaiver } from './expired-waiver.js';
import { followThrough } from './follow-through.js';
import { handoffChain } from './handoff-chain.js';
import { humanTouch } from './human-touch.js';
import { invalidProcess } from './invalid-process.js';
import { issueReporting } from './issue-reporting.js';
import { listenFirst } from './listen-first.js';
import { orderConfirmation } from './order-confirmation.js';
import { processReview } from './process-review.js';
import { RuleRegistry } from './registry.js';
import { remedyPath } from './remedy-path.js';
import { trainingCurrent } from './training-current.js';
import { twoMinuteResponse } from './two-minute-response.js';
import { unansweredContact } from './unanswered-contact.js';
import { unknownReference } from './unknown-reference.js';
import { unreachableStep } from './unreachable-step.js';
import { unusedWaiver } from './unused-waiver.js';

export const BUILT_IN_RULES = new RuleRegistry([
  // The four named rules
  orderConfirmation,
  twoMinuteResponse,
  followThrough,
  emergencyPath,
  // Rules from the practices behind them
  unansweredContact,
  escalationClosure,
  listenFirst,
  remedyPath,
  handoffChain,
  empowerment,
  issueReporting,
  processReview,
  trainingCurrent,
  humanTouch,
  customerEffort,
  cascade,
  // Structural rules
  invalidProcess,
  unknownReference,
  deadEnd,
  endlessLoop,
  unreachableStep,
  duplicateProcess,
  expiredWaiver,
  unusedWaiver,
]);
