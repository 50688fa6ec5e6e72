/** `"a", "b", "c" and 4 more`: how a message names several steps without growing with the process. */
export function quoteSteps(ids: readonly string[], shown = 3): string {
  const quoted = ids.slice(0, shown).map((id) => `"${id}"`).join(', ');
  return ids.length > shown ? `${quoted} and ${ids.length - shown} more` : quoted;
}
