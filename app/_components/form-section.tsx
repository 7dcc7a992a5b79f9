import type { ComponentProps, ReactNode } from 'react';
import { ActionForm } from './action-form';
import { Section } from './ui/card';

/**
 * A titled section that holds one form on a card: a new record, a record's details, a contact to
 * log. The form's props pass through to ActionForm.
 */
export function FormSection({
  id,
  title,
  intro,
  className,
  ...form
}: { id: string; title: ReactNode; intro?: ReactNode; className?: string } & Omit<ComponentProps<typeof ActionForm>, 'className'>) {
  return (
    <Section id={id} title={title} className={className}>
      {intro ? <p className="mt-1">{intro}</p> : null}
      <ActionForm className="mt-2 rounded-lg bg-white p-4 shadow-sm" {...form} />
    </Section>
  );
}
