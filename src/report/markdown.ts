/**
 * The workshop report (`--format markdown`): scope, a summary by severity and process, the gaps to close
 * first, then each process with its flowchart, its gaps and a checklist to assign, and why each rule matters.
 */
import { compareText } from '../text-order.js';
import { SEVERITIES, isAtLeast } from '../model/severity.js';
import type { RuleRegistry } from '../rules/registry.js';
import type { Gap } from '../rules/types.js';
import { countBySeverity, plural } from './counts.js';
import { crashesAdvice, crashText } from './crashes.js';
import { originAndDocs, ruleSummary } from './rule-doc.js';
import { fence, heading, listItem, literal, literalWithCode, paragraph, table } from './markdown-text.js';
import type { DrawnProcess } from './diagram.js';
import { renderMermaid } from './mermaid.js';
import type { ReportContext, ReportWriter } from './types.js';
import { joinedPieces, wholeReport } from './pieces.js';
import { pathText } from '../rules/support/step-list.js';

/**
 * Tables and flowcharts cannot wrap at 80 columns; every other line does. markdownlint reads this comment,
 * so the report passes its default rules as it stands.
 */
const LINT_SETTINGS = '<!-- markdownlint-configure-file\n{ "MD013": { "tables": false, "code_blocks": false } }\n-->';

const BLANK = '________';

/** The gaps of one process, or of one file that could not be read as a process. */
interface Section {
  readonly file: string;
  readonly processId: string | null;
  readonly process?: DrawnProcess;
  readonly gaps: readonly Gap[];
  /** Names the section in headings: the process id, with where it is written when several processes share the id. */
  readonly name: string;
}

/** Block by block, each section's flowchart drawn only when the section is written. */
export const writeMarkdown: ReportWriter = (context) => joinedPieces(blocksJoined(markdownBlocks(context)));

export const formatMarkdown = wholeReport(writeMarkdown);

function* markdownBlocks(context: ReportContext): Generator<string> {
  const sections = sectionsOf(context);
  yield heading(1, 'Customer-service gap report');
  yield LINT_SETTINGS;
  yield* scope(context);
  yield* internalErrors(context);
  yield* summary(context, sections);
  yield* closeFirst(context.result.gaps);
  for (const section of sections) yield* sectionBlocks(section);
  yield* waivedGaps(context);
  yield* rulesThatFired(context.result.gaps, context.registry);
}

/** The blocks with a blank line between them, and a line break after the last. */
function* blocksJoined(blocks: Iterable<string>): Generator<string> {
  let separator = '';
  for (const block of blocks) {
    yield `${separator}${block}`;
    separator = '\n\n';
  }
  yield '\n';
}

function scope({ result, paths, configFile, today, quiet, failOn }: ReportContext): string[] {
  const shown = quiet ? `only gaps at or above ${failOn ?? 'the --fail-on threshold'} (--quiet)` : 'every gap';
  return [
    heading(2, 'Scope'),
    [
      listItem('- ', `Date: ${today} (reviews, training and waivers are judged as of this day)`),
      listItem('- ', `Paths audited: ${paths.map(literal).join(', ')}`),
      listItem(
        '- ',
        `Config: ${configFile === undefined ? 'none found, so the recommended rules' : literal(configFile)}`,
      ),
      listItem(
        '- ',
        `Found: ${plural(result.files, 'file')}, ${plural(result.processes, 'process', 'processes')}, ` +
          `${plural(result.gaps.length, 'gap')} shown (${shown}), ${result.waived.length} waived`,
      ),
    ].join('\n'),
  ];
}

/** Rules that threw: first, since every count below leaves out what they would have found. */
function internalErrors({ result }: ReportContext): string[] {
  if (!result.crashes) return [];
  return [
    heading(2, 'Internal errors'),
    paragraph(literal(`The audit is incomplete. ${crashesAdvice(result.crashes)}`)),
    result.crashes.map((crash) => listItem('- ', literal(crashText(crash)))).join('\n'),
  ];
}

function summary({ result }: ReportContext, sections: readonly Section[]): string[] {
  const countCells = (gaps: readonly Gap[]): string[] => {
    const counts = countBySeverity(gaps);
    return [...SEVERITIES.map((severity) => String(counts[severity])), String(gaps.length)];
  };
  return [
    heading(2, 'Summary'),
    paragraph('Gaps by severity, for each process and in all.'),
    table(
      ['process', 'file', ...SEVERITIES, 'total'],
      [
        ...sections.map((section) => [
          section.processId === null ? 'not read' : literal(section.processId),
          literal(section.file),
          ...countCells(section.gaps),
        ]),
        ['**all**', plural(result.files, 'file'), ...countCells(result.gaps).map((cell) => `**${cell}**`)],
      ],
    ),
  ];
}

function closeFirst(gaps: readonly Gap[]): string[] {
  const urgent = SEVERITIES.filter((severity) => isAtLeast(severity, 'high')).flatMap((severity) =>
    gaps.filter((gap) => gap.severity === severity),
  );
  if (urgent.length === 0) return [heading(2, 'Close these first'), paragraph('No critical or high gaps.')];
  return [
    heading(2, 'Close these first'),
    paragraph('The critical and high gaps, most severe first.'),
    urgent
      .map((gap, index) =>
        listItem(`${index + 1}. `, `**${gap.severity}** \`${gap.rule}\`${where(gap)}: ${whatToDo(gap)}`),
      )
      .join('\n'),
  ];
}

function sectionBlocks(section: Section): string[] {
  const name = literal(section.name);
  return [
    heading(2, section.process ? `Process ${name}` : `File ${name}`),
    paragraph(introduction(section)),
    ...(section.process ? flowchart(section.process, section.gaps, name) : []),
    ...(section.gaps.length === 0
      ? []
      : [
          heading(3, `Gaps in ${name}`),
          table(
            ['severity', 'rule', 'step', 'line', 'what to do', 'path'],
            section.gaps.map((gap) => [
              gap.severity,
              `\`${gap.rule}\``,
              gap.step === null ? '—' : literal(gap.step),
              String(gap.line),
              whatToDo(gap),
              gap.path && gap.path.length > 0 ? literal(pathText(gap.path, gap.skipped)) : '—',
            ]),
          ),
          heading(3, `Actions for ${name}`),
          section.gaps
            .map((gap) =>
              listItem(
                '- [ ] ',
                `Close \`${gap.rule}\`${atStep(gap)} (line ${gap.line}). Owner: ${BLANK} Due: ${BLANK}`,
              ),
            )
            .join('\n'),
        ]),
  ];
}

/** Mermaid's default `maxEdges`: a flowchart with more arrows is not drawn but shown as an error. */
const MERMAID_MAX_EDGES = 500;

function flowchart(process: DrawnProcess, gaps: readonly Gap[], name: string): string[] {
  const arrows = process.start.length + process.steps.reduce((sum, step) => sum + step.next.length, 0);
  if (arrows > MERMAID_MAX_EDGES) {
    return [
      heading(3, `Flowchart of ${name}`),
      paragraph(
        `Not drawn: the process has ${arrows} arrows, more than the ${MERMAID_MAX_EDGES} a Mermaid flowchart shows. ` +
          'Draw it with `gapcheck graph FILE --format dot` and Graphviz.',
      ),
    ];
  }
  return [heading(3, `Flowchart of ${name}`), fence('mermaid', renderMermaid(process, gaps)), paragraph(LEGEND)];
}

const LEGEND =
  'Steps with gaps are coloured by their most severe gap: critical red, high orange, medium yellow, low blue. ' +
  'Thick red arrows are the paths by which a case falls through. Dashed boxes are steps that are named but do not exist.';

function introduction({ process, file, gaps }: Section): string {
  const count = gaps.length === 0 ? 'No gaps.' : `${plural(gaps.length, 'gap')}.`;
  if (!process) return `${literal(file)} could not be read as a process. ${count}`;
  const owner = `owned by ${literal(process.owner.id)}`;
  return `${literal(process.title)}, ${owner}, in ${literal(file)} (line ${process.at.line}). ${count}`;
}

function waivedGaps({ result }: ReportContext): string[] {
  if (result.waived.length === 0) return [];
  return [
    heading(2, 'Waived gaps'),
    paragraph('Gaps the process files accept, with the reason they give. Check the reasons still hold.'),
    table(
      ['process', 'rule', 'step', 'reason'],
      result.waived.map((gap) => [
        literal(gap.process ?? gap.file),
        `\`${gap.rule}\``,
        gap.step === null ? '—' : literal(gap.step),
        literal(gap.reason),
      ]),
    ),
  ];
}

function rulesThatFired(gaps: readonly Gap[], registry: RuleRegistry): string[] {
  const fired = new Set(gaps.map((gap) => gap.rule));
  const rules = registry.rules.filter((rule) => fired.has(rule.meta.id));
  if (rules.length === 0) return [];
  return [
    heading(2, 'Why these gaps matter'),
    ...rules.flatMap(({ meta }) => [
      heading(3, `Rule ${meta.id}`),
      paragraph(literalWithCode(ruleSummary(meta))),
      ...(meta.source === undefined ? [] : [paragraph(literal(originAndDocs(meta)))]),
      paragraph(`**Why it matters.** ${literalWithCode(meta.why)}`),
      paragraph(`**How to close it.** ${literalWithCode(meta.fix)}`),
    ]),
  ];
}

function where(gap: Gap): string {
  const process = gap.process === null ? '' : ` in ${literal(gap.process)}`;
  return `${process}${atStep(gap)} (${literal(gap.file)}, line ${gap.line})`;
}

function atStep(gap: Gap): string {
  return gap.step === null ? '' : ` at step ${literal(gap.step)}`;
}

function whatToDo(gap: Gap): string {
  const text = literalWithCode(gap.message);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function sectionsOf({ result, processes }: ReportContext): Section[] {
  const keyOf = (file: string, processId: string | null): string => JSON.stringify([file, processId]);
  const gapsByKey = new Map<string, Gap[]>();
  for (const gap of result.gaps) {
    const key = keyOf(gap.file, gap.process);
    const group = gapsByKey.get(key);
    if (group) group.push(gap);
    else gapsByKey.set(key, [gap]);
  }
  const drawn = new Set(processes.map((process) => keyOf(process.file, process.id)));
  const sections = [
    ...processes.map((process) => ({
      file: process.file,
      processId: process.id,
      process,
      gaps: gapsByKey.get(keyOf(process.file, process.id)) ?? [],
    })),
    ...[...gapsByKey]
      .filter(([key]) => !drawn.has(key))
      .map(([, gaps]) => ({ file: gaps[0]!.file, processId: gaps[0]!.process, gaps })),
  ].sort((a, b) => compareText(a.file, b.file));
  const idCounts = new Map<string | null, number>();
  for (const { processId } of sections) idCounts.set(processId, (idCounts.get(processId) ?? 0) + 1);
  return sections.map((section) => ({ ...section, name: sectionName(section, idCounts.get(section.processId)! > 1) }));
}

function sectionName({ file, processId, process }: Omit<Section, 'name'>, idShared: boolean): string {
  if (processId === null) return file;
  if (!idShared) return processId;
  return process ? `${processId} in ${file}:${process.at.line}` : `${processId} in ${file}`;
}
