/**
 * Mermaid's own parser, for tests that check the diagrams gapcheck writes. Mermaid needs a DOM (DOMPurify
 * cleans labels as they are read), so a jsdom window is set up before Mermaid is loaded. gapcheck writes only
 * numeric entities (`#35;`), so those are all a label needs decoded; any other would show up in a test.
 */
import { JSDOM } from 'jsdom';

const { window } = new JSDOM('');
Object.assign(globalThis, { window, document: window.document });
const { default: mermaid } = await import('mermaid');

/** Throws Mermaid's own error when the diagram is not valid Mermaid. */
export async function parseMermaid(code: string): Promise<void> {
  await mermaid.parse(code);
}

export interface ParsedNode {
  /** The label as a reader sees it (entities decoded, `<br>` as a line break). */
  readonly label: string;
  /** Mermaid's name for the shape: `diamond`, `stadium`, `odd` (flag), ... */
  readonly shape: string;
  readonly classes: readonly string[];
}

export interface ParsedFlowchart {
  readonly nodes: ReadonlyMap<string, ParsedNode>;
  /** In the order written, which is the order `linkStyle` counts. */
  readonly edges: readonly {
    readonly from: string;
    readonly to: string;
    readonly label: string;
    readonly styled: boolean;
  }[];
}

/** The flowchart as Mermaid reads it. */
export async function readFlowchart(code: string): Promise<ParsedFlowchart> {
  await parseMermaid(code);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(code);
  const db = diagram.db as unknown as {
    getVertices(): Map<string, { id: string; text?: string; type?: string; classes: string[] }>;
    getEdges(): { start: string; end: string; text?: string; style?: string[] }[];
  };
  return {
    nodes: new Map(
      [...db.getVertices().values()].map((vertex) => [
        vertex.id,
        { label: shownText(vertex.text ?? ''), shape: vertex.type ?? '', classes: vertex.classes },
      ]),
    ),
    edges: db.getEdges().map((edge) => ({
      from: edge.start,
      to: edge.end,
      label: shownText(edge.text ?? ''),
      styled: (edge.style ?? []).length > 0,
    })),
  };
}

/** What a reader sees of a label Mermaid has read: its entity placeholders decoded, `<br>` as a line break. */
function shownText(text: string): string {
  return text
    .replace(/ﬂ°°(\d+)¶ß/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/<br\s*\/?>/g, '\n');
}
