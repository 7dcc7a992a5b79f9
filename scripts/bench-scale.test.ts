import { describe, expect, it } from 'vitest';
import { scaleOutcomes } from './bench-scale';

describe('the scale bench reads the browser tests report', () => {
  it("gives every test's outcome and its figures, nested suites included", () => {
    const report = {
      suites: [
        {
          suites: [
            {
              specs: [
                {
                  title: 'a restart during a stream of sign-ups',
                  file: 'e2e/scale/database-restart.spec.ts',
                  tests: [
                    {
                      annotations: [{ type: 'figure', description: 'sign-ups through the restart: 40 thanked, 3 asked to try again' }],
                      results: [{ status: 'passed', duration: 21_500, annotations: [{ type: 'figure', description: 'sign-ups through the restart: 40 thanked, 3 asked to try again' }] }],
                    },
                  ],
                },
              ],
            },
          ],
          specs: [
            {
              title: 'two outbox workers send each message once',
              file: 'e2e/scale/two-instances.spec.ts',
              tests: [{ annotations: [{ type: 'issue', description: 'x' }], results: [{ status: 'failed', duration: 900 }] }],
            },
          ],
        },
      ],
    };
    expect(scaleOutcomes(report)).toEqual([
      { file: 'two-instances.spec.ts', title: 'two outbox workers send each message once', status: 'failed', seconds: 0.9, figures: [] },
      {
        file: 'database-restart.spec.ts',
        title: 'a restart during a stream of sign-ups',
        status: 'passed',
        seconds: 21.5,
        figures: ['sign-ups through the restart: 40 thanked, 3 asked to try again'],
      },
    ]);
    expect(scaleOutcomes({})).toEqual([]);
  });
});
