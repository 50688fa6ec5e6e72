/**
 * Markdown building blocks that keep any text literal and the document clean under markdownlint's default
 * rules: escaped inline text, paragraphs and list items wrapped at 80 columns, compact tables.
 */

import { escapeUntrusted } from '../untrusted-text.js';

export const LINE_WIDTH = 80;

/**
 * Text shown as written: on one line, with every character that Markdown (or GitHub's autolinks and math)
 * would read as syntax escaped, so a title like `*Urgent* <b>|</b>` neither formats nor breaks a table, and
 * every control character written as its code (`\u001b`), so the text cannot drive a terminal either.
 */
export function literal(text: string): string {
  return escapeInline(oneLine(text).trim());
}

/**
 * As `literal`, except that each `code` span shows as code. What a span holds is shown as written too: code
 * spans read nothing as Markdown or HTML, and a span is one backtick, text without one, one backtick (runs of
 * backticks stay text), so nothing in it can close it early. A span that could not be shown exactly (a `|`, which would split a table
 * cell, or spaces at its ends, which Markdown drops) keeps its backticks as text.
 */
export function literalWithCode(text: string): string {
  return oneLine(text)
    .trim()
    .split(/((?<!`)`[^`]+`(?!`))/)
    .map((part, index) => (index % 2 === 1 ? codeSpan(part.slice(1, -1)) : escapeInline(part)))
    .join('');
}

function codeSpan(code: string): string {
  return /^\s|\s$|\|/.test(code) ? escapeInline(`\`${code}\``) : `\`${escapeUntrusted(code)}\``;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function escapeInline(text: string): string {
  const markdown = text
    .replace(/[\\`*_[\]<>|#~&@$]/g, '\\$&')
    .replace(/:\/\//g, '\\://')
    .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\\.`);
  return escapeUntrusted(markdown);
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
 * Greedy wrap at LINE_WIDTH, never inside a code span. A word that would start a block if it began a line
 * (`-`, `#`, `>`, `1.`, ...), or a workflow command in a CI log (`::`), has that character escaped when it
 * does, so wrapping never turns a sentence into a list, a heading or a command.
 */
function wrap(text: string, firstPrefix: string, restPrefix: string): string {
  const lines: string[] = [];
  let prefix = firstPrefix;
  let line = '';
  for (const word of text.match(WORD) ?? []) {
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

/** A word: a run of non-blank characters, where a backslash escape and a code span (spaces and all) count as one. */
const WORD = /(?:\\\S|`[^`]*`|\S)+/g;

/** The word as the first of a line: escaped if it would start a list, heading, rule, quote, HTML, table, fence or workflow command. */
function lineStart(word: string): string {
  if (/^\d+[.)]$/.test(word)) return `${word.slice(0, -1)}\\${word.slice(-1)}`;
  return /^(?:[-+*#=_]+$|[>|<]|```|~~~|::)/.test(word) ? `\\${word}` : word;
}
