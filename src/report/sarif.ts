/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: every rule with its documentation, and one
 * result per gap (waived gaps as suppressed results), fingerprinted so an alert keeps its identity when lines move.
 */
import { createHash } from 'node:crypto';
import type { Invocation, Log, ReportingDescriptor, Result, Run } from 'sarif';
import type { RuleCrash } from '../audit/audit.js';
import { crashText } from './crashes.js';
import type { Severity } from '../model/severity.js';
import type { AnyRule, Gap } from '../rules/types.js';
import { version } from '../version.js';
import { ruleSummary } from './rule-doc.js';
import type { ReportWriter } from './types.js';
import { jsonTextPieces } from './json.js';
import { JsonList } from './json-text.js';
import { wholeReport } from './pieces.js';
import { gapRange } from './range.js';
import { machinePath, messageAndPath } from './witness.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://gapcheck.dev';
/** The partialFingerprints key of gapcheck's own fingerprint; bump the version if its recipe ever changes. */
export const FINGERPRINT_KEY = 'gapcheck/v1';
/** The base of every file's URI; GitHub code scanning resolves it to the checkout. */
const SOURCE_ROOT = '%SRCROOT%';

const LEVEL: Record<Severity, Result.level> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };

export const writeSarif: ReportWriter = ({ result, registry }) => {
  const ruleIndex = new Map(registry.ids.map((id, index) => [id, index]));
  const fingerprints = fingerprintAll([...result.gaps, ...result.waived]);
  const gapCount = result.gaps.length;
  const results = new JsonList<Result>(gapCount + result.waived.length, (index) => {
    if (index < gapCount)
      return toResult(result.gaps[index]!, ruleIndex.get(result.gaps[index]!.rule), fingerprints[index]!);
    const gap = result.waived[index - gapCount]!;
    return {
      ...toResult(gap, ruleIndex.get(gap.rule), fingerprints[index]!),
      suppressions: [{ kind: 'inSource' as const, status: 'accepted' as const, justification: gap.reason }],
    };
  });
  const log: StreamedLog = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gapcheck',
            version: version(),
            semanticVersion: version(),
            informationUri: INFORMATION_URI,
            rules: registry.rules.map(({ meta }) => describeRule(meta)),
          },
        },
        originalUriBaseIds: {
          [SOURCE_ROOT]: {
            description: { text: 'The directory gapcheck was run in: every file path is relative to it.' },
          },
        },
        columnKind: 'utf16CodeUnits',
        ...(result.crashes && { invocations: [failedInvocation(result.crashes, ruleIndex)] }),
        results,
      },
    ],
  };
  return jsonTextPieces(log);
};

export const formatSarif = wholeReport(writeSarif);

/** A SARIF log whose results are made one by one as they are written. */
type StreamedLog = Omit<Log, 'runs'> & { runs: (Omit<Run, 'results'> & { results: JsonList<Result> })[] };

/** Rules that threw, as SARIF says a tool failed: the run did not finish, each failure a notification about its rule. */
function failedInvocation(crashes: readonly RuleCrash[], ruleIndex: ReadonlyMap<string, number>): Invocation {
  return {
    executionSuccessful: false,
    toolExecutionNotifications: crashes.map((crash) => ({
      level: 'error',
      message: { text: `internal error: ${crashText(crash)}` },
      associatedRule: { id: crash.rule, ...(ruleIndex.has(crash.rule) && { index: ruleIndex.get(crash.rule)! }) },
    })),
  };
}

function describeRule(meta: AnyRule['meta']): ReportingDescriptor {
  return {
    id: meta.id,
    shortDescription: { text: ruleSummary(meta) },
    fullDescription: { text: meta.why },
    help: {
      text: `${meta.why}\n\nHow to close the gap: ${meta.fix}`,
      markdown: `${meta.why}\n\n**How to close the gap:** ${meta.fix}\n${meta.example === undefined ? '' : `\n**A process that passes:**\n\n\`\`\`yaml\n${meta.example.trimEnd()}\n\`\`\`\n`}`,
    },
    ...(meta.docs === undefined ? {} : { helpUri: meta.docs }),
    defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
    properties: { tags: ['gapcheck', meta.structural ? 'structure' : 'customer-service'], precision: 'very-high' },
  };
}

function toResult(gap: Gap, ruleIndex: number | undefined, fingerprint: string): Result {
  const { start, end } = gapRange(gap);
  return {
    ruleId: gap.rule,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVEL[gap.severity],
    message: { text: messageAndPath(gap) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: fileUri(gap.file), uriBaseId: SOURCE_ROOT },
          region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
        },
      },
    ],
    // Not primaryLocationLineHash: GitHub computes that one itself from the line's text, and warns when it differs.
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    properties: {
      severity: gap.severity,
      process: gap.process,
      step: gap.step,
      ...(gap.path ? machinePath(gap) : {}),
    },
  };
}

/**
 * A gap's identity is its process (or, for a file that is not a process, the file), step and rule: never its line,
 * so editing a process does not turn its alerts into new ones. Gaps sharing an identity (a rule's gaps about two roles,
 * both with no step) are told apart by their order, as `hash:1`, `hash:2`, like GitHub's own line hashes.
 */
function fingerprintAll(gaps: readonly Gap[]): string[] {
  const seen = new Map<string, number>();
  return gaps.map((gap) => {
    const identity = [
      gap.process === null ? `file:${gap.file}` : `process:${gap.process}`,
      gap.step ?? '',
      gap.rule,
    ].join('\u0000');
    const hash = createHash('sha256').update(identity).digest('hex').slice(0, 16);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  });
}

/** A relative path as a URI reference: each segment percent-encoded, so spaces, `#` and `%` in names stay part of the path. */
export function fileUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}
