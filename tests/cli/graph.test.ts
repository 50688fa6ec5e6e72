import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFlowchart } from '../helpers/mermaid.js';
import { runCli, tempTree } from '../helpers/run-cli.js';

const ORDERS = `process: phone-orders
title: Phone orders
owner: sales-lead
roles:
  sales-lead: { title: Sales lead }
start: take-call
steps:
  take-call:
    type: intake
    intent: order
    next: enter-order
  enter-order:
    type: order-entry
    title: Enter the "rush" order
    next: ship
  ship:
    type: deliver
    next: done
  done:
    type: end
`;

const RETURNS = `process: returns
title: Returns
owner: clerk
roles:
  clerk: { title: Clerk }
start: take-return
steps:
  take-return:
    type: intake
    intent: return
    next: done
  done:
    type: end
`;

const TODAY = ['--today', '2026-11-23'];

describe('gapcheck graph', () => {
  it('prints the process as a Mermaid flowchart, gap steps coloured and the witness path thick', async () => {
    const root = tempTree({ 'orders.yaml': ORDERS });
    const result = runCli(['graph', 'orders.yaml', ...TODAY], { cwd: root });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const chart = await readFlowchart(result.stdout);
    expect(chart.nodes.get('n1')?.label).toBe('Enter the "rush" order\nenter-order');
    // order-confirmation (high): enter-order → ship, without a confirm step.
    expect(chart.nodes.get('n1')?.classes).toEqual(['gapHigh']);
    expect(chart.edges.filter((edge) => edge.styled).map((edge) => `${edge.from}->${edge.to}`)).toContain('n1->n2');
  });

  it('prints Graphviz DOT with --format dot', () => {
    const root = tempTree({ 'orders.yaml': ORDERS });
    const result = runCli(['graph', '--format', 'dot', 'orders.yaml', ...TODAY], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^digraph "phone-orders" \{\n/);
    expect(result.stdout).toContain('n1 [label="Enter the \\"rush\\" order\\nenter-order", shape=box, fillcolor=');
  });

  it('prints each process of a file that holds several, or the one --process names', async () => {
    const root = tempTree({ 'both.yaml': `${ORDERS}---\n${RETURNS}` });
    const both = runCli(['graph', 'both.yaml', ...TODAY], { cwd: root });
    expect(both.code).toBe(0);
    const diagrams = both.stdout.split('\n\n');
    expect(diagrams.map((diagram) => diagram.split('\n')[0])).toEqual([
      '%% process: phone-orders',
      '%% process: returns',
    ]);
    for (const diagram of diagrams) await readFlowchart(diagram);

    const one = runCli(['graph', '--process', 'returns', 'both.yaml', ...TODAY], { cwd: root });
    expect(one.code).toBe(0);
    expect(one.stdout.startsWith('flowchart TD\n')).toBe(true);
    expect(one.stdout).toContain('take-return');
    expect(one.stdout).not.toContain('take-call');
  });

  it('exits 2 naming the process ids when --process names none of them', () => {
    const root = tempTree({ 'both.yaml': `${ORDERS}---\n${RETURNS}` });
    const result = runCli(['graph', '--process', 'return', 'both.yaml'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'the file holds no process "return" — did you mean "returns"?; it holds phone-orders, returns',
    );
    expect(result.stdout).toBe('');
  });

  it('exits 2 with the complaints when the file is not a valid process', () => {
    const root = tempTree({ 'broken.yaml': ORDERS.replace('    next: ship\n', '    nxt: ship\n') });
    const result = runCli(['graph', 'broken.yaml'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"broken.yaml" is not a valid process file');
    expect(result.stderr).toMatch(/broken\.yaml:15:5 .*"nxt"/);
    expect(result.stdout).toBe('');
  });

  it('exits 2 for a file that does not exist, and for an unknown --format', () => {
    const root = tempTree({ 'orders.yaml': ORDERS });
    expect(runCli(['graph', 'missing.yaml'], { cwd: root }).code).toBe(2);
    const format = runCli(['graph', '--format', 'svg', 'orders.yaml'], { cwd: root });
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format "svg" is not one of mermaid, dot');
  });

  it('exits 2 at once, reading nothing, for a folder, a named pipe or a device (reading one could wait or run forever)', () => {
    const root = tempTree({ 'orders.yaml': ORDERS });
    execFileSync('mkfifo', [path.join(root, 'pipe.yaml')]);
    const cases: [string, string][] = [
      ['pipe.yaml', 'gapcheck: "pipe.yaml" is not a file (a named pipe or a device?); name one process file\n'],
      ['/dev/zero', 'gapcheck: "/dev/zero" is not a file (a named pipe or a device?); name one process file\n'],
      ['.', 'gapcheck: "." is a folder; name one process file\n'],
    ];
    for (const [file, message] of cases) {
      const result = runCli(['graph', file], { cwd: root, timeoutMs: 10_000 });
      expect([result.code, result.stderr, result.stdout]).toEqual([2, message, '']);
    }
  });
});
