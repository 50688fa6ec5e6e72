/** The JSON report (README, Reports), with an added `run` saying how it was made, so `gapcheck merge` can combine shards' reports. */
import { countBySeverity } from './counts.js';
import type { DrawnProcess } from './diagram.js';
import type { ReportContext, ReportWriter } from './types.js';
import { escapeUntrusted } from '../untrusted-text.js';
import { JsonList, reportJsonPieces } from './json-text.js';
import { joinedPieces, wholeReport } from './pieces.js';
import { machineGap } from './witness.js';

export const writeJson: ReportWriter = (context) => {
  const { result } = context;
  const report = {
    gapcheck: 1,
    summary: {
      files: result.files,
      processes: result.processes,
      gaps: result.gaps.length,
      ...countBySeverity(result.gaps),
    },
    gaps: new JsonList(result.gaps.length, (index) => machineGap(result.gaps[index]!)),
    waived: new JsonList(result.waived.length, (index) => machineGap(result.waived[index]!)),
    ...(result.crashes && { crashes: result.crashes }),
    run: runOf(context),
  };
  return jsonTextPieces(report);
};

export const formatJson = wholeReport(writeJson);

/**
 * How the report was made, and what the other formats need that the gaps do not say: the files audited and the rules
 * that ran. A shard's report also carries what drawing its processes takes, so that a merged markdown report has them.
 */
function runOf({ run, configFile, paths, today, quiet, rules, audited, processes }: ReportContext) {
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
    ...(run.shard && { processes: new JsonList(processes.length, (index) => drawing(processes[index]!)) }),
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
 * JSON as `reportJson` writes it, and a line break after it, in pieces. Its strings hold no raw control, bidirectional
 * or separator character: each is written as a JSON escape (`\u0085`), which reads back as the same string, so the
 * data is exact and a terminal shows it safely.
 */
export function* jsonTextPieces(value: unknown): Generator<string> {
  for (const piece of joinedPieces(reportJsonPieces(value))) yield escapeUntrusted(piece, { keepLayout: true });
  yield '\n';
}
