import { ActionForm, type FieldSpec } from '@/app/_components/action-form';
import { Section } from '@/app/_components/ui/card';
import type { FormState } from '@/lib/actions/form-state';
import { leadMessages } from './shared';

/** One part of the lead's work as a card: its title and one form (field ids prefixed with the part's id). */
export async function LeadFormSection({
  id,
  title,
  action,
  fields,
  submitLabel,
}: {
  id: string;
  title: string;
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  submitLabel: string;
}) {
  return (
    <Section id={id} title={title} card headingClassName="mb-3">
      <ActionForm idPrefix={id} action={action} fields={fields} submitLabel={submitLabel} messages={await leadMessages()} />
    </Section>
  );
}
