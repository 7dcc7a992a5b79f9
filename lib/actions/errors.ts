import type { MessageValues } from './form-state';

/**
 * Thrown inside a mutation for an expected failure: the action wrapper turns it into a form error,
 * values kept. `values` holds the ICU arguments of a message that has any, by message key
 * (`{ 'associationImport.errors.missingColumns': { columns: 'taal, wijk' } }`).
 */
export class ActionError extends Error {
  constructor(
    public readonly key: string,
    public readonly fieldErrors?: Record<string, string>,
    public readonly values?: Record<string, MessageValues>,
  ) {
    super(key);
    this.name = 'ActionError';
  }
}
