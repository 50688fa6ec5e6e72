import { type DrawnProcess, type DiagramGap } from './diagram.js';
/** The flowchart's source, without a code fence; steps with gaps coloured by severity, witness paths drawn thick. */
export declare function renderMermaid(process: DrawnProcess, gaps: readonly DiagramGap[]): string;
/**
 * Text for a quoted Mermaid label. Letters, digits and plain punctuation stay as written; every other
 * character becomes a Mermaid entity (`#35;` for `#`), so quotes, brackets, `#`, `;`, `|`, `%`, backticks
 * and Markdown characters can neither end the label, start a comment or directive, nor be read as
 * Markdown, and a Markdown code fence around the diagram cannot be closed by a label.
 */
export declare function mermaidText(text: string): string;
