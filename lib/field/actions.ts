'use server';

import { getDb } from '@/db/client';
import { authorizedAction } from '@/lib/actions';
import { registerFieldContact } from './mutations';
import { fieldContactSchema } from './schema';

/**
 * An ambassador registers a contact in the field. Attribution comes from the session only: the
 * signed-in ambassador, and their partner on the shift they work right now.
 */
export const registerFieldContactAction = authorizedAction(
  'ambassador.self',
  fieldContactSchema,
  async (input, { user, ambassador }) => {
    const result = await registerFieldContact(getDb(), { userId: user.id, ambassadorId: ambassador.id }, input);
    // Only what the ambassador typed, plus their partner's name: nothing about other leads leaks.
    return {
      status: 'success',
      data: {
        firstName: input.name.split(/\s+/)[0] ?? '',
        wants: input.wants,
        partner: result.partner?.name ?? null,
      },
    };
  },
  { profile: 'ambassador' },
);
