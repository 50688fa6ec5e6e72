/** A rule that threw (`RuleCrash`), as every format says it: an internal error, the audit incomplete. */
import type { RuleCrash } from '../audit/audit.js';
/** `rule "dead-end" failed on FILE: what the error said`; a plugin's rule names its plugin too. */
export declare function crashText(crash: RuleCrash): string;
/** What a user can do about it: a built-in rule's crash is gapcheck's bug, a plugin rule's the plugin's; neither is theirs. */
export declare function crashAdvice(crash: RuleCrash): string;
/** What every format says, once, of the crashes of a run: each distinct advice. */
export declare function crashesAdvice(crashes: readonly RuleCrash[]): string;
