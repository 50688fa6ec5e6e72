/** A rule that threw (`RuleCrash`), as every format says it: an internal error, the audit incomplete. */
import type { RuleCrash } from '../audit/audit.js';

/** `rule "dead-end" failed on FILE: what the error said`; a plugin's rule names its plugin too. */
export function crashText(crash: RuleCrash): string {
  const plugin = pluginOf(crash);
  const rule = plugin === undefined ? `rule "${crash.rule}"` : `rule "${crash.rule}" of the plugin "${plugin}"`;
  return `${rule} failed on ${crash.file}: ${crash.message}`;
}

/** What a user can do about it: a built-in rule's crash is gapcheck's bug, a plugin rule's the plugin's; neither is theirs. */
export function crashAdvice(crash: RuleCrash): string {
  const plugin = pluginOf(crash);
  if (plugin === undefined) return CRASH_ADVICE;
  return `This is a bug in the plugin "${plugin}", not in your process. Please report it to the plugin's authors; until it is fixed, "${crash.rule}: off" under "rules" in the config turns the rule off.`;
}

/** What every format says, once, of the crashes of a run: each distinct advice. */
export function crashesAdvice(crashes: readonly RuleCrash[]): string {
  return [...new Set(crashes.map(crashAdvice))].join(' ');
}

const CRASH_ADVICE = 'This is a bug in gapcheck, not in your process. Please report it with the file attached.';

/** Only a plugin's rules have ids `NAME/ID` (src/config/plugins.ts): built-in rules and policies have no slash. */
function pluginOf(crash: RuleCrash): string | undefined {
  const slash = crash.rule.indexOf('/');
  return slash < 0 ? undefined : crash.rule.slice(0, slash);
}
