/** The JSON report (README, Reports), with an added `run` saying how it was made, so `gapcheck merge` can combine shards' reports. */
import type { RuleCrash, WaivedGap } from '../audit/audit.js';
import { countBySeverity } from './counts.js';
import type { DrawnProcess } from './diagram.js';
import type { Formatter, ReportContext } from './types.js';
import type { Severity } from '../model/severity.js';
import type { Gap } from '../rules/types.js';
import { escapeUntrusted } from '../untrusted-text.js';
import { reportJson } from './json-text.js';
import { machineGap } from './witness.js';

/** A gap as the JSON report holds it (SPEC §7): its fix only inside `message`, a witness path over 500 steps cut (`skipped`). */
export type ReportedGap = Omit<Gap, 'fix'> & { readonly skipped?: number };

/** The JSON report's data (SPEC §7): what `--format json` prints and the public API's `audit()` returns. */
export interface JsonReport {
  readonly gapcheck: 1;
  readonly summary: { readonly files: number; readonly processes: number; readonly gaps: number } & Readonly<
    Record<Severity, number>
  >;
  readonly gaps: readonly ReportedGap[];
  readonly waived: readonly (ReportedGap & Pick<WaivedGap, 'reason'>)[];
  /** Rules that threw (the audit is incomplete); absent when none did. */
  readonly crashes?: readonly RuleCrash[];
  readonly run: ReportedRun;
}

/**
 * How the report was made, and what the other formats need that the gaps do not say: the files audited and the rules
 * that ran. A shard's report also carries what drawing its processes takes, so that a merged markdown report has them.
 */
export interface ReportedRun {
  readonly version: string;
  readonly build: string;
  readonly settings: string;
  readonly config: string | null;
  readonly paths: readonly string[];
  readonly today: string;
  /** `2/4` for a shard's report, else null. */
  readonly shard: string | null;
  readonly quiet: boolean;
  readonly rules: readonly string[];
  readonly files: readonly { readonly file: string; readonly processes: readonly (string | null)[] }[];
  readonly processes?: readonly ProcessDrawing[];
}

export const formatJson: Formatter = (context) => `${jsonText(jsonReport(context))}\n`;

export function jsonReport(context: ReportContext): JsonReport {
  const { result } = context;
  return {
    gapcheck: 1,
    summary: {
      files: result.files,
      processes: result.processes,
      gaps: result.gaps.length,
      ...countBySeverity(result.gaps),
    },
    gaps: result.gaps.map(machineGap),
    waived: result.waived.map(machineGap),
    ...(result.crashes && { crashes: result.crashes }),
    run: runOf(context),
  };
}

function runOf({ run, configFile, paths, today, quiet, rules, audited, processes }: ReportContext): ReportedRun {
  return {
    version: run.version,
    build: run.build,
    settings: run.settings,
    config: configFile ?? null,
    paths,
    today,
    shard: run.shard ? `${run.shard.index}/${run.shard.count}` : null,
    quiet,
    rules,
    files: audited,
    ...(run.shard && { processes: processes.map(drawing) }),
  };
}

/** A process as the JSON report carries it: `DrawnProcess`, with step references as plain ids. */
export interface ProcessDrawing {
  readonly file: string;
  readonly id: string;
  readonly line: number;
  readonly title: string;
  readonly owner: string;
  readonly start: readonly string[];
  readonly steps: readonly {
    readonly id: string;
    readonly type: string;
    readonly title?: string;
    readonly next: readonly { readonly to: string; readonly when?: string; readonly after?: string }[];
  }[];
}

function drawing(process: DrawnProcess): ProcessDrawing {
  return {
    file: process.file,
    id: process.id,
    line: process.at.line,
    title: process.title,
    owner: process.owner.id,
    start: process.start.map((ref) => ref.id),
    steps: process.steps.map((step) => ({
      id: step.id,
      type: step.type,
      ...(step.title !== undefined && { title: step.title }),
      next: step.next.map((edge) => ({
        to: edge.to.id,
        ...(edge.when !== undefined && { when: edge.when }),
        ...(edge.after && { after: edge.after.text }),
      })),
    })),
  };
}

/**
 * JSON as `reportJson` writes it, whose strings hold no raw control, bidirectional or separator character: each is written as a JSON
 * escape (`\u0085`), which reads back as the same string, so the data is exact and a terminal shows it safely.
 */
export function jsonText(value: unknown): string {
  return escapeUntrusted(reportJson(value), { keepLayout: true });
}
