/** A valid process whose titles, conditions and step ids are as awkward as the schema allows. */
import { dump } from 'js-yaml';

/** Text that means something to Markdown, HTML, GitHub's autolinks and Mermaid, in one title. */
export const NASTY =
  'Say "hi" <b>bold</b> | *star* _under_ `tick` ```fence``` [link](https://example.com) #hash ~~del~~ ' +
  "& 100% $5 www.example.com help@example.com 🚀 ünï 日本 \\ back #quot; it's; - dash 1. one # two > three";

/** Step ids that are Mermaid keywords; titles, a condition and a customer-effort text that are NASTY. */
export const NASTY_PROCESS = dump({
  process: 'nasty-titles',
  title: `Complaints ${NASTY}`,
  owner: 'lead',
  review: { last: '2026-10-01', every: '90d' },
  roles: { lead: { title: NASTY }, agent: { title: 'Agent', frontline: true } },
  start: 'end',
  steps: {
    end: {
      type: 'intake',
      intent: 'complaint',
      channel: 'email',
      title: `Intake ${NASTY}`,
      next: [{ to: 'graph', when: NASTY, after: '1h' }, { to: 'style' }],
    },
    graph: { type: 'explain-policy', actor: 'agent', title: NASTY, next: 'style' },
    style: {
      type: 'decision',
      title: '-- > ; : ## %% {init} "',
      next: [{ to: 'class', when: '"quoted" | piped' }, { to: 'subgraph' }],
    },
    class: { type: 'action', actor: 'agent', 'customer-effort': NASTY, next: 'subgraph' },
    subgraph: { type: 'end', outcome: 'unresolved' },
  },
});
