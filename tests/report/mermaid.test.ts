import { describe, expect, it } from 'vitest';
import { renderMermaid } from '../../src/report/mermaid.js';
import { readFlowchart } from '../helpers/mermaid.js';
import { processOf, step, to } from '../helpers/process-builder.js';

/** Step ids and titles no valid file can hold, to prove that nothing given to the renderer can break it. */
const NASTY = [
  'say "hi" to \'them\'',
  '[x] {y} (z) <b>bold</b>',
  'ünïcødé — 日本語 🚀 عربى',
  'a#b;c|d %% e %%{init: {}}%% #quot;',
  '*bold* _it_ `code` ```fence``` ~~del~~ \\ back',
  'end',
  'style x fill:#f00;',
  'a --> b -.- c ==> d',
];

describe('renderMermaid', () => {
  it('gives every step a generated id and a label that reads back exactly as written', async () => {
    const steps = NASTY.map((text, index) =>
      step(text, 'action', { title: `${text} title`, next: index + 1 < NASTY.length ? [to(NASTY[index + 1]!)] : [] }),
    );
    const code = renderMermaid(processOf(steps), []);
    const chart = await readFlowchart(code);
    NASTY.forEach((text, index) => {
      expect(chart.nodes.get(`n${index}`)?.label).toBe(`${text} title\n${text}`);
    });
    expect(chart.edges.slice(1).map((edge) => [edge.from, edge.to])).toEqual(
      NASTY.slice(1).map((_, index) => [`n${index}`, `n${index + 1}`]),
    );
    expect(code).not.toContain('`');
  });

  it('labels an untitled step with its id alone, and an edge with its condition and wait', async () => {
    const chart = await readFlowchart(
      renderMermaid(
        processOf([
          step('ask', 'decision', {
            next: [to('call-back', { when: 'customer wants "a call" | today', after: '1h' }), to('done')],
          }),
          step('call-back', 'contact', { next: [to('done')] }),
          step('done', 'end'),
        ]),
        [],
      ),
    );
    expect(chart.nodes.get('n0')?.label).toBe('ask');
    expect(chart.edges.map((edge) => edge.label)).toEqual(['', 'customer wants "a call" | today, after 1h', '', '']);
  });

  it('draws a start node, and each step type in a shape of its own', async () => {
    const types = ['intake', 'decision', 'end', 'escalate', 'promise', 'report', 'action'] as const;
    const chart = await readFlowchart(renderMermaid(processOf(types.map((type) => step(type, type))), []));
    expect(chart.nodes.get('s0')?.shape).toBe('circle');
    expect(types.map((_, index) => chart.nodes.get(`n${index}`)?.shape)).toEqual([
      'odd',
      'diamond',
      'stadium',
      'hexagon',
      'subroutine',
      'lean_right',
      'square',
    ]);
    expect(chart.edges[0]).toMatchObject({ from: 's0', to: 'n0' });
  });

  it('colours each gap step by its most severe gap, and draws the witness paths thick', async () => {
    const process = processOf([
      step('take-order', 'intake', { next: [to('enter-order')] }),
      step('enter-order', 'order-entry', { next: [to('confirm'), to('ship')] }),
      step('confirm', 'confirm', { next: [to('ship')] }),
      step('ship', 'deliver', { next: [to('done')] }),
      step('done', 'end'),
    ]);
    const code = renderMermaid(process, [
      { step: 'enter-order', severity: 'medium', path: ['enter-order', 'ship', 'done'] },
      { step: 'enter-order', severity: 'high' },
      { step: 'done', severity: 'low' },
      { step: null, severity: 'critical' },
    ]);
    const chart = await readFlowchart(code);
    expect(chart.nodes.get('n1')?.classes).toEqual(['gapHigh']);
    expect(chart.nodes.get('n4')?.classes).toEqual(['gapLow']);
    expect(chart.nodes.get('n0')?.classes).toEqual([]);
    expect(code).not.toContain('gapCritical');
    const styled = chart.edges.filter((edge) => edge.styled).map((edge) => `${edge.from}->${edge.to}`);
    expect(styled).toEqual(['n1->n3', 'n3->n4']);
  });

  it('draws a dashed box for a step that is named but does not exist', async () => {
    const code = renderMermaid(
      processOf([step('triage', 'action', { next: [to('aprove')] })], ['triage', 'nowhere']),
      [],
    );
    const chart = await readFlowchart(code);
    expect(chart.nodes.get('m0')?.label).toBe('nowhere\nno such step');
    expect(chart.nodes.get('m1')?.label).toBe('aprove\nno such step');
    expect(chart.nodes.get('m1')?.classes).toEqual(['missing']);
    expect(chart.edges.map((edge) => `${edge.from}->${edge.to}`)).toEqual(['s0->n0', 's0->m0', 'n0->m1']);
  });
});
