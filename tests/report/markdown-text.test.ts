import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import { LINE_WIDTH, listItem, literal, literalWithCode, paragraph, table } from '../../src/report/markdown-text.js';

/** Words that mean something to Markdown on their own or at the start of a line. */
const TRICKY_WORDS = [
  'ünï',
  '日本',
  '🚀',
  '-',
  '--',
  '---',
  '+',
  '*',
  '**',
  '_',
  '___',
  '=',
  '==',
  '#',
  '##',
  '>',
  '1.',
  '12)',
  '|',
  '<b>',
  '`',
  '```',
  '~~~',
  '[x]',
  '](y)',
  '\\',
  '&amp;',
  'https://example.com',
  'www.example.com',
  'a@b.co',
  '$5',
  '#quot;',
];
const word = fc.oneof(fc.constantFrom(...TRICKY_WORDS), fc.stringMatching(/^[a-z]{1,12}$/));
const text = fc.array(word, { minLength: 1, maxLength: 60 }).map((words) => words.join(' '));

const { document } = new JSDOM('').window;

function rendered(markdown: string): HTMLElement {
  document.body.innerHTML = marked.parse(markdown, { async: false });
  return document.body;
}

const shown = (node: Node | null | undefined): string | undefined => node?.textContent?.replace(/\s+/g, ' ').trim();

describe('Markdown text', () => {
  it('shows any text as written, as one paragraph wrapped at 80 columns', () => {
    fc.assert(
      fc.property(text, (written) => {
        const markdown = paragraph(literal(written));
        const body = rendered(markdown);
        expect(body.children).toHaveLength(1);
        expect(body.firstElementChild?.tagName).toBe('P');
        expect(body.querySelectorAll('*:not(p):not(br)')).toHaveLength(0);
        expect(shown(body)).toBe(written);
        for (const line of markdown.split('\n')) {
          if (line.length > LINE_WIDTH)
            expect(line.slice(LINE_WIDTH), `only an unbreakable word runs past the width: ${line}`).not.toMatch(/\s/);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a wrapped task item one item, its text as written', () => {
    fc.assert(
      fc.property(text, (written) => {
        const items = rendered(listItem('- [ ] ', literal(written))).querySelectorAll('li');
        expect(items).toHaveLength(1);
        expect(shown(items[0])).toBe(written);
      }),
      { numRuns: 100 },
    );
  });

  it('writes paragraphs and list items that markdownlint accepts', () => {
    fc.assert(
      fc.property(text, text, (first, second) => {
        const markdown = `# Title\n\n${paragraph(literal(first))}\n\n${listItem('- [ ] ', literal(second))}\n`;
        expect(lint({ strings: { markdown } }).markdown).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps every row of a table to its columns, whatever its cells hold', () => {
    const markdown = table(['a', 'b'], [[literal('x | y'), literal('`|` \\|')]]);
    const cells = rendered(markdown).querySelectorAll('tbody td');
    expect([...cells].map((cell) => cell.textContent)).toEqual(['x | y', '`|` \\|']);
  });

  it('shows `code` spans as code, their text as written, and nothing in them as Markdown or HTML', () => {
    const code = fc
      .array(fc.constantFrom(...TRICKY_WORDS.filter((w) => !w.includes('`') && w !== '|')), {
        minLength: 1,
        maxLength: 4,
      })
      .map((words) => words.join(' '));
    fc.assert(
      fc.property(text, code, text, (before, inside, after) => {
        const written = `${before.replaceAll('`', "'")} \`${inside}\` ${after.replaceAll('`', "'")}`;
        const markdown = paragraph(literalWithCode(written));
        const body = rendered(markdown);
        expect(body.querySelectorAll('*:not(p):not(code)')).toHaveLength(0);
        expect([...body.querySelectorAll('code')].map((element) => element.textContent)).toEqual([inside]);
        expect(shown(body)).toBe(written.replace(`\`${inside}\``, inside));
        expect(lint({ strings: { markdown: `# Title\n\n${markdown}\n` } }).markdown).toEqual([]);
      }),
      { numRuns: 200 },
    );
    const cell = rendered(
      table(['a'], [[literalWithCode('a `x | y` and `<b>\u001b</b>` and ``` and `::x`')]]),
    ).querySelector('tbody td');
    expect(cell?.textContent).toBe('a `x | y` and <b>\\u001b</b> and ``` and ::x');
    expect([...cell!.querySelectorAll('code')].map((element) => element.textContent)).toEqual([
      '<b>\\u001b</b>',
      '::x',
    ]);
  });
});
