import { ActionForm } from '@/app/_components/action-form';
import type { ButtonVariant } from '@/app/_components/ui/button';
import type { FormState } from '@/lib/actions/form-state';
import { type ManageArea, manageBase } from '@/app/(app)/_socialmap/routes';

/**
 * A one-button curation form on one record (verify, retire, reactivate an organization or a
 * service): the record's id and the area's base go along as hidden fields.
 */
export function RecordAction({
  idPrefix,
  action,
  area,
  id,
  label,
  variant,
  messages,
}: {
  idPrefix: string;
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  area: ManageArea;
  id: string;
  label: string;
  variant: ButtonVariant;
  messages?: Record<string, string>;
}) {
  return (
    <ActionForm
      idPrefix={idPrefix}
      action={action}
      fields={[
        { kind: 'hidden', name: 'base', value: manageBase(area) },
        { kind: 'hidden', name: 'id', value: id },
      ]}
      submitLabel={label}
      submitVariant={variant}
      submitSize="small"
      messages={messages}
    />
  );
}
