/** The smallest valid process a test needs: a desk that greets a walk-in customer and ends. */
export function deskProcess(id: string): string {
  return `process: ${id}
title: Walk-in desk
owner: desk-lead
roles:
  desk-lead: { title: Desk lead, frontline: true }
start: greet
steps:
  greet:
    type: intake
    channel: in-person
    actor: desk-lead
    next: done
  done:
    type: end
`;
}
