/** Thrown inside a mutation for an expected failure: the action wrapper turns it into a form error, values kept. */
export class ActionError extends Error {
  constructor(
    public readonly key: string,
    public readonly fieldErrors?: Record<string, string>,
  ) {
    super(key);
    this.name = 'ActionError';
  }
}
