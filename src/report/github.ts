/**
 * GitHub Actions workflow commands: one `::error` / `::warning` / `::notice` annotation per gap, shown on the
 * process file in the run and the pull request.
 *
 * GitHub shows at most 10 annotations of each kind per step, so at most that many of each are written, the most
 * severe gaps first, and one last notice says how many were left out (every gap still counts for the exit code).
 */
import { SEVERITIES, type Severity } from '../model/severity.js';
import type { Gap } from '../rules/types.js';
import { escapeUntrusted } from '../untrusted-text.js';
import type { Formatter, ReportContext, ReportWriter } from './types.js';
import type { RuleCrash } from '../audit/audit.js';
import { crashAdvice, crashText } from './crashes.js';
import { messageAndPath } from './witness.js';

type Command = 'error' | 'warning' | 'notice';

const COMMAND: Record<Severity, Command> = { critical: 'error', high: 'error', medium: 'warning', low: 'notice' };

/** GitHub's display limit per kind of annotation and step. */
export const ANNOTATIONS_PER_KIND = 10;

export const formatGithub: Formatter = ({ result, audited }) => {
  const bySeverity = [...result.gaps].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const kinds = bySeverity.map((gap) => COMMAND[gap.severity]);
  const leavesSomeOut = (['error', 'warning', 'notice'] as const).some(
    (kind) => kinds.filter((k) => k === kind).length > ANNOTATIONS_PER_KIND,
  );
  // The closing notice takes one of the notices' places, so it is shown too.
  const limit = (command: Command): number =>
    command === 'notice' && leavesSomeOut ? ANNOTATIONS_PER_KIND - 1 : ANNOTATIONS_PER_KIND;

  const written = new Map<Command, number>();
  const lines: string[] = [];
  for (const gap of bySeverity) {
    const command = COMMAND[gap.severity];
    const count = written.get(command) ?? 0;
    if (count >= limit(command)) continue;
    written.set(command, count + 1);
    lines.push(annotation(command, gap));
  }
  const leftOut = result.gaps.length - lines.length;
  if (leftOut > 0) {
    const message = `${leftOut} more ${leftOut === 1 ? 'gap was' : 'gaps were'} left out: GitHub shows at most ${ANNOTATIONS_PER_KIND} annotations of each kind per step. Run gapcheck audit locally, or upload --format sarif, to see every gap.`;
    lines.push(`::notice title=gapcheck::${escapeData(message)}`);
  }
  lines.unshift(...(result.crashes ?? []).map((crash) => crashAnnotation(crash, audited)));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};

/** At most ten annotations of each kind and a few notes: small whatever the audit, so written in one piece. */
export const writeGithub: ReportWriter = (context) => [formatGithub(context)];

function annotation(command: Command, gap: Gap): string {
  const properties = [
    `file=${escapeProperty(gap.file)}`,
    `line=${gap.line}`,
    `col=${gap.column}`,
    `title=${escapeProperty(`${gap.rule} (${gap.severity})`)}`,
  ].join(',');
  return `::${command} ${properties}::${escapeData(messageAndPath(gap))}`;
}

/** On the file the rule failed on, when it is one (not a check over every file). */
function crashAnnotation(crash: RuleCrash, audited: ReportContext['audited']): string {
  const file = audited.some((entry) => entry.file === crash.file) ? [`file=${escapeProperty(crash.file)}`] : [];
  const properties = [...file, `title=${escapeProperty(`${crash.rule} (internal error)`)}`].join(',');
  return `::error ${properties}::${escapeData(`internal error: ${crashText(crash)}\n${crashAdvice(crash)}`)}`;
}

/** GitHub's escaping for a command's message; then every other control character is escaped, as everywhere. */
export function escapeData(text: string): string {
  return escapeUntrusted(text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A'));
}

/** GitHub's escaping for a command's properties: as for messages, and `:` and `,` too, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
