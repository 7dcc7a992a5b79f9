import { CheckboxField, type Option, SelectField, TextField } from './ui/form-field';

/**
 * The fields both contact forms (ambassador in the field, association at the desk) start with:
 * name and phone, language and wijk; and the consent box they end with.
 */
export function PersonFields({
  labels,
  phoneHint,
  requiredMarker,
  nameMaxLength,
  phoneMaxLength,
  languagePlaceholder,
  languages,
  languageGroups,
  neighbourhoodPlaceholder,
  neighbourhoods,
  values: v,
  error: err,
}: {
  labels: { name: string; phone: string; language: string; neighbourhood: string };
  phoneHint: string;
  requiredMarker: string;
  nameMaxLength: number;
  phoneMaxLength: number;
  languagePlaceholder: string;
  languages?: Option[];
  languageGroups?: { label: string; options: Option[] }[];
  neighbourhoodPlaceholder: string;
  neighbourhoods: Option[];
  values: Record<string, string>;
  error: (name: string) => string | undefined;
}) {
  return (
    <>
      <TextField name="name" label={labels.name} required requiredLabel={requiredMarker} autoComplete="off" maxLength={nameMaxLength} defaultValue={v.name} error={err('name')} />
      <TextField
        name="phone"
        type="tel"
        label={labels.phone}
        hint={phoneHint}
        required
        requiredLabel={requiredMarker}
        autoComplete="off"
        inputMode="tel"
        maxLength={phoneMaxLength}
        dir="ltr"
        defaultValue={v.phone}
        error={err('phone')}
      />
      <SelectField
        name="language"
        label={labels.language}
        required
        requiredLabel={requiredMarker}
        placeholder={languagePlaceholder}
        options={languages}
        groups={languageGroups}
        defaultValue={v.language}
        error={err('language')}
      />
      <SelectField
        name="neighbourhood"
        label={labels.neighbourhood}
        required
        requiredLabel={requiredMarker}
        placeholder={neighbourhoodPlaceholder}
        options={neighbourhoods}
        defaultValue={v.neighbourhood}
        error={err('neighbourhood')}
      />
    </>
  );
}

export function ConsentField({ label, requiredMarker, values, error }: { label: string; requiredMarker: string; values: Record<string, string>; error: (name: string) => string | undefined }) {
  return <CheckboxField name="consent" label={label} required requiredLabel={requiredMarker} defaultChecked={values.consent === 'on'} error={error('consent')} />;
}
