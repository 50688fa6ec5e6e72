/** A rule that threw (`RuleCrash`), as every format says it: an internal error, the audit incomplete. */
import type { RuleCrash } from '../audit/audit.js';
/** `rule "dead-end" failed on FILE: what the error said`. */
export declare function crashText(crash: RuleCrash): string;
/** What a user can do about it: it is gapcheck's bug, not theirs. */
export declare const CRASH_ADVICE = "This is a bug in gapcheck, not in your process. Please report it with the file attached.";
