/** A process as a Graphviz DOT digraph (`gapcheck graph --format dot`), drawn like the Mermaid flowchart. */
import type { Process } from '../model/process.js';
import { escapeUntrusted } from '../untrusted-text.js';
import {
  describeDiagram,
  MISSING_STYLE,
  SEVERITY_STYLE,
  WITNESS_STYLE,
  type DiagramGap,
  type DiagramEdge,
  type DiagramNode,
  type NodeShape,
} from './diagram.js';

const SHAPES: Record<NodeShape, string> = {
  start: 'shape=circle',
  flag: 'shape=cds',
  rhombus: 'shape=diamond',
  stadium: 'shape=oval',
  hexagon: 'shape=hexagon',
  subroutine: 'shape=box, peripheries=2',
  parallelogram: 'shape=parallelogram',
  rectangle: 'shape=box',
  missing: `shape=box, style="dashed,filled", fillcolor="${MISSING_STYLE.fill}", color="${MISSING_STYLE.stroke}"`,
};

export function renderDot(process: Process, gaps: readonly DiagramGap[]): string {
  const { nodes, edges } = describeDiagram(process, gaps);
  return [
    `digraph ${dotString(process.id)} {`,
    '  graph [rankdir=TB, fontname="Helvetica"];',
    '  node [shape=box, style="rounded,filled", fillcolor="#ffffff", fontname="Helvetica"];',
    '  edge [fontname="Helvetica", fontsize=10];',
    ...nodes.map((node) => `  ${node.id} [${nodeAttributes(node).join(', ')}];`),
    ...edges.map((edge) => `  ${edge.from} -> ${edge.to}${edgeAttributes(edge)};`),
    '}',
    '',
  ].join('\n');
}

function nodeAttributes(node: DiagramNode): string[] {
  const label =
    node.detail === undefined ? dotString(node.label) : `"${dotEscape(node.label)}\\n${dotEscape(node.detail)}"`;
  const attributes = [`label=${label}`, SHAPES[node.shape]];
  if (node.severity !== undefined) {
    const { fill, stroke, width } = SEVERITY_STYLE[node.severity];
    attributes.push(`fillcolor="${fill}"`, `color="${stroke}"`, `penwidth=${width}`);
  }
  return attributes;
}

function edgeAttributes(edge: DiagramEdge): string {
  const attributes = edge.label === undefined ? [] : [`label=${dotString(edge.label)}`];
  if (edge.witness) attributes.push(`color="${WITNESS_STYLE.stroke}"`, `penwidth=${WITNESS_STYLE.width}`);
  return attributes.length === 0 ? '' : ` [${attributes.join(', ')}]`;
}

/** A DOT double-quoted string: any text, never an HTML label or an escape sequence such as `\N` or `\l`. */
export function dotString(text: string): string {
  return `"${dotEscape(text)}"`;
}

/** Control characters first written as codes (`\u001b`, its backslash then escaped), so a label cannot drive a terminal. */
function dotEscape(text: string): string {
  return escapeUntrusted(text).replace(/[\\"]/g, (char) => `\\${char}`);
}
