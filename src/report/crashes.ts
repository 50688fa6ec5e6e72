/** A rule that threw (`RuleCrash`), as every format says it: an internal error, the audit incomplete. */
import type { RuleCrash } from '../audit/audit.js';

/** `rule "dead-end" failed on FILE: what the error said`. */
export function crashText(crash: RuleCrash): string {
  return `rule "${crash.rule}" failed on ${crash.file}: ${crash.message}`;
}

/** What a user can do about it: it is gapcheck's bug, not theirs. */
export const CRASH_ADVICE = 'This is a bug in gapcheck, not in your process. Please report it with the file attached.';
