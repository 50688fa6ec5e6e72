/** A plugin's rule as a team writes it, against `gapcheck/rules` alone: the rule tester's tests run it. */
import { quoteSteps, type Channel, type Rule } from 'gapcheck/rules';

export const intakeWithOwner: Rule<{ channels: Channel[] }> = {
  kind: 'process',
  meta: {
    id: 'acme/intake-with-owner',
    defaultSeverity: 'medium',
    summary: 'Every intake on a channel we staff is taken by a named role.',
    why: 'A contact nobody owns is answered by nobody.',
    fix: 'Give the intake an actor: the role that takes these contacts.',
    structural: false,
    defaultOptions: { channels: ['phone', 'email'] },
    optionsSchema: {
      type: 'object',
      properties: { channels: { type: 'array', items: { type: 'string' } } },
      additionalProperties: false,
    },
  },
  check(process, { graph, options }) {
    return graph
      .reachableOfType('intake')
      .map((index) => graph.step(index))
      .filter((step) => step.channel !== undefined && options.channels.includes(step.channel))
      .filter((step) => step.actor === undefined || !process.roles.has(step.actor.id))
      .map((step) => ({
        step: step.id,
        message: `intake ${quoteSteps([step.id])} on ${step.channel} is taken by no role of the process`,
      }));
  },
};
