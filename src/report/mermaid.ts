/** A process as a Mermaid flowchart: the one renderer behind the markdown report and `gapcheck graph`. */
import { SEVERITIES, type Severity } from '../model/severity.js';
import {
  describeDiagram,
  type DrawnProcess,
  MISSING_STYLE,
  SEVERITY_STYLE,
  WITNESS_STYLE,
  type DiagramGap,
  type DiagramNode,
  type NodeShape,
} from './diagram.js';

const OPENERS: Record<NodeShape, readonly [string, string]> = {
  start: ['((', '))'],
  flag: ['>', ']'],
  rhombus: ['{', '}'],
  stadium: ['([', '])'],
  hexagon: ['{{', '}}'],
  subroutine: ['[[', ']]'],
  parallelogram: ['[/', '/]'],
  rectangle: ['[', ']'],
  missing: ['[', ']'],
};

const CLASS_OF: Record<Severity, string> = {
  critical: 'gapCritical',
  high: 'gapHigh',
  medium: 'gapMedium',
  low: 'gapLow',
};

/** The flowchart's source, without a code fence; steps with gaps coloured by severity, witness paths drawn thick. */
export function renderMermaid(process: DrawnProcess, gaps: readonly DiagramGap[]): string {
  const { nodes, edges } = describeDiagram(process, gaps);
  const lines = ['flowchart TD'];
  for (const node of nodes) lines.push(`  ${node.id}${shaped(node)}`);
  for (const edge of edges)
    lines.push(`  ${edge.from} -->${edge.label === undefined ? '' : `|"${mermaidText(edge.label)}"|`} ${edge.to}`);
  for (const severity of SEVERITIES) {
    const members = nodes.filter((node) => node.severity === severity).map((node) => node.id);
    if (members.length === 0) continue;
    const { fill, stroke, width } = SEVERITY_STYLE[severity];
    lines.push(
      `  classDef ${CLASS_OF[severity]} fill:${fill},stroke:${stroke},stroke-width:${width}px,color:#000`,
      `  class ${members.join(',')} ${CLASS_OF[severity]}`,
    );
  }
  const missing = nodes.filter((node) => node.shape === 'missing').map((node) => node.id);
  if (missing.length > 0) {
    lines.push(
      `  classDef missing fill:${MISSING_STYLE.fill},stroke:${MISSING_STYLE.stroke},stroke-dasharray:5 5,color:#000`,
      `  class ${missing.join(',')} missing`,
    );
  }
  const witness = edges.flatMap((edge, index) => (edge.witness ? [index] : []));
  if (witness.length > 0)
    lines.push(`  linkStyle ${witness.join(',')} stroke:${WITNESS_STYLE.stroke},stroke-width:${WITNESS_STYLE.width}px`);
  return `${lines.join('\n')}\n`;
}

function shaped(node: DiagramNode): string {
  const [open, close] = OPENERS[node.shape];
  const text =
    node.detail === undefined ? mermaidText(node.label) : `${mermaidText(node.label)}<br/>${mermaidText(node.detail)}`;
  return `${open}"${text}"${close}`;
}

/**
 * Text for a quoted Mermaid label. Letters, digits and plain punctuation stay as written; every other
 * character becomes a Mermaid entity (`#35;` for `#`), so quotes, brackets, `#`, `;`, `|`, `%`, backticks
 * and Markdown characters can neither end the label, start a comment or directive, nor be read as
 * Markdown, and a Markdown code fence around the diagram cannot be closed by a label.
 */
export function mermaidText(text: string): string {
  return text.replace(/[^\p{L}\p{M}\p{N} ,.!?'()+\-/]/gu, (char) => `#${char.codePointAt(0)};`);
}
