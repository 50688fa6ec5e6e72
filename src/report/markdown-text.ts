/**
 * Markdown building blocks that keep any text literal and the document clean under markdownlint's default
 * rules: escaped inline text, paragraphs and list items wrapped at 80 columns, compact tables.
 */

export const LINE_WIDTH = 80;

/**
 * Text shown as written: on one line, with every character that Markdown (or GitHub's autolinks and math)
 * would read as syntax escaped, so a title like `*Urgent* <b>|</b>` neither formats nor breaks a table.
 */
export function literal(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|#~&@$]/g, '\\$&')
    .replace(/:\/\//g, '\\://')
    .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\\.`);
}

export function heading(level: number, text: string): string {
  return `${'#'.repeat(level)} ${text}`;
}

export function paragraph(text: string): string {
  return wrap(text, '', '');
}

/** A bullet (`- `), task (`- [ ] `) or numbered (`1. `) list item: the marker, then the text wrapped under it. */
export function listItem(marker: string, text: string): string {
  const indent = ' '.repeat(/^\d+\. /.test(marker) ? marker.length : 2);
  return wrap(text, marker, indent);
}

export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export function fence(language: string, code: string): string {
  return `\`\`\`${language}\n${code.trimEnd()}\n\`\`\``;
}

/**
 * Greedy wrap at LINE_WIDTH. A word that would start a block if it began a line (`-`, `#`, `>`, `1.`, ...)
 * has that character escaped when it does, so wrapping never turns a sentence into a list or a heading.
 */
function wrap(text: string, firstPrefix: string, restPrefix: string): string {
  const lines: string[] = [];
  let prefix = firstPrefix;
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line === '') {
      line = lineStart(word);
    } else if (prefix.length + line.length + 1 + word.length > LINE_WIDTH) {
      lines.push(prefix + line);
      prefix = restPrefix;
      line = lineStart(word);
    } else {
      line = `${line} ${word}`;
    }
  }
  lines.push(prefix + line);
  return lines.join('\n');
}

/** The word as the first of a line: escaped if it would start a list, heading, rule, quote, HTML, table or fence. */
function lineStart(word: string): string {
  if (/^\d+[.)]$/.test(word)) return `${word.slice(0, -1)}\\${word.slice(-1)}`;
  return /^(?:[-+*#=_]+$|[>|<]|```|~~~)/.test(word) ? `\\${word}` : word;
}
