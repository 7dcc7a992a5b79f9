import { getFormatter, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ActionForm, type FieldSpec } from '@/app/_components/action-form';
import { getDb } from '@/db/client';
import type { CurrentUser } from '@/lib/auth/gate';
import { createReferralAction } from '@/lib/socialmap/referrals/actions';
import { weekHours } from '@/lib/socialmap/opening-hours';
import {
  type LeadOption,
  acceptsReferrals,
  getServiceDetail,
  isStale,
  listWijken,
  ownLeadOptions,
  searchLeadOptions,
} from '@/lib/socialmap/search/queries';
import { defaultThemeId } from '@/lib/socialmap/referrals/queries';
import { CONTACT_PREFERENCES } from '@/lib/socialmap/referrals/schema';
import { listThemes, parseSearchFilters, searchQuery } from '@/lib/socialmap/search/search';
import { badge, displayPhone, linkClass } from './format';
import { Section } from '@/app/_components/ui/card';
import { DescriptionList, optionalItem } from '@/app/_components/ui/description-list';
import { DataTable } from '@/app/_components/ui/table';
import { PageHeading } from '@/app/_components/ui/heading';
import { type SearchArea, socialMapBase } from './routes';
import { ReferGate } from './refer-gate';
import { hasCompletedSocialMap } from '@/lib/training/queries';

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

export async function serviceTitle(id: string): Promise<string | null> {
  return (await getServiceDetail(getDb(), id))?.name ?? null;
}

/** A service's page: everything a referral needs, the printable note, and the referral form. */
export async function ServicePage({ area, user, id, searchParams }: { area: SearchArea; user: CurrentUser; id: string; searchParams: Params }) {
  const db = getDb();
  const s = await getServiceDetail(db, id);
  if (!s) notFound();
  const t = await getTranslations('socialMap');
  const tl = await getTranslations('languages');
  const format = await getFormatter();
  const base = socialMapBase(area);
  const languageName = (code: string) => (tl.has(code as never) ? tl(code as never) : code);
  const back = searchQuery(parseSearchFilters(searchParams));
  const stale = isStale(s.assuredDate);
  const week = weekHours(s.schedules);
  const canRefer = acceptsReferrals(s);

  // Ambassadors refer only after the social-map training (createReferral refuses too).
  const trained = area !== 'ambassador' || (user.ambassadorId ? await hasCompletedSocialMap(db, user.ambassadorId) : false);
  let form: React.ReactNode = null;
  if (canRefer && !trained) {
    form = <ReferGate />;
  } else if (canRefer) {
    const leadQ = one(searchParams.leadq).trim().slice(0, 100);
    const [themes, wijken, leads, themeDefault] = await Promise.all([
      listThemes(db),
      listWijken(db),
      area === 'ambassador'
        ? user.ambassadorId
          ? ownLeadOptions(db, user.ambassadorId)
          : Promise.resolve([] as LeadOption[])
        : searchLeadOptions(db, leadQ),
      defaultThemeId(db, s.id),
    ]);
    const messages: Record<string, string> = {};
    for (const key of ['leadNotFound', 'serviceUnavailable', 'consentRequired'] as const) messages[key] = t(`errors.${key}`);
    const leadLabel = (l: LeadOption & { phone?: string }) =>
      area === 'ambassador' ? l.name.split(' ')[0]! : `${l.name}${l.phone ? ` (${displayPhone(l.phone)})` : ''}`;
    const fields: FieldSpec[] = [{ kind: 'hidden', name: 'serviceId', value: s.id }];
    if (leads.length) {
      fields.push(
        {
          kind: 'radio',
          name: 'who',
          label: t('refer.who'),
          required: true,
          defaultValue: area === 'staff' && leadQ ? 'lead' : undefined,
          options: [
            { value: 'lead', label: area === 'ambassador' ? t('refer.whoLead') : t('refer.whoLeadStaff') },
            { value: 'person', label: t('refer.whoPerson') },
          ],
        },
        { kind: 'select', name: 'leadId', label: t('refer.lead'), placeholder: t('refer.leadPlaceholder'), options: leads.map((l) => ({ value: l.id, label: leadLabel(l) })) },
      );
    } else {
      fields.push({ kind: 'hidden', name: 'who', value: 'person' });
    }
    fields.push(
      { kind: 'text', name: 'firstName', label: t('refer.firstName'), maxLength: 100, autoComplete: 'off' },
      { kind: 'tel', name: 'phone', label: t('refer.phone'), maxLength: 32, autoComplete: 'off' },
      { kind: 'checkbox', name: 'consent', label: t('refer.consent'), required: true },
      {
        kind: 'select',
        name: 'themeId',
        label: t('refer.theme'),
        defaultValue: themeDefault ?? undefined,
        options: themes.map((th) => ({ value: th.id, label: th.parentId ? `– ${th.name}` : th.name })),
      },
      { kind: 'select', name: 'wijkId', label: t('refer.wijk'), placeholder: t('refer.wijkPlaceholder'), options: wijken.map((w) => ({ value: w.id, label: w.name })) },
      {
        kind: 'radio',
        name: 'contactPreference',
        label: t('refer.contactPreference'),
        required: true,
        defaultValue: 'phone',
        options: CONTACT_PREFERENCES.map((c) => ({ value: c, label: t(`contactPreference.${c}`) })),
      },
    );
    form = (
      <Section id="refer" title={t('refer.title')} card className="mt-6">
        <p className="mb-4 mt-1">{t('refer.intro')}</p>
        {area === 'staff' ? (
          <form method="get" action={`${base}/${s.id}`} className="mb-4 flex flex-wrap items-end gap-2">
            <div className="grow">
              <label htmlFor="lead-search" className="block font-semibold">
                {t('refer.leadSearch')}
              </label>
              <input
                id="lead-search"
                name="leadq"
                type="search"
                defaultValue={leadQ}
                maxLength={100}
                className="mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2.5"
              />
            </div>
            <button type="submit" className="rounded-md border border-brand-700 px-4 py-2.5 font-semibold text-brand-700">
              {t('refer.leadSearchButton')}
            </button>
            {leadQ ? (
              <p role="status" className="w-full">
                {leads.length ? t('refer.leadSearchFound', { count: leads.length }) : t('refer.leadSearchNone', { q: leadQ })}
              </p>
            ) : null}
          </form>
        ) : !leads.length ? (
          <p className="mb-4">{t('refer.noLeads')}</p>
        ) : null}
        <ActionForm action={createReferralAction} fields={fields} submitLabel={t('refer.submit')} messages={messages} idPrefix="refer" />
      </Section>
    );
  }

  return (
    <>
      <p className="mb-3">
        <a href={`${base}${back}`} className={linkClass}>
          ← {t('backToSearch')}
        </a>
      </p>
      <PageHeading>{s.name}</PageHeading>
      <p className="text-lg text-slate-700">{s.organization.name}</p>
      <p className="mt-2 flex flex-wrap gap-2">
        {s.status === 'temporarily closed' ? <span className={`${badge} bg-amber-100 text-amber-900`}>{t('badgeTemporarilyClosed')}</span> : null}
        {s.status === 'inactive' || s.status === 'defunct' ? <span className={`${badge} bg-red-100 text-red-900`}>{t('badgeInactive')}</span> : null}
        {stale ? <span className={`${badge} bg-slate-200 text-slate-900`}>{t('badgeStale')}</span> : null}
      </p>
      {s.status === 'temporarily closed' ? <p className="mt-3 rounded border-2 border-amber-600 bg-amber-50 p-3">{t('service.temporarilyClosed')}</p> : null}
      {!canRefer && s.status !== 'temporarily closed' ? <p className="mt-3 rounded border-2 border-red-700 bg-red-50 p-3">{t('service.inactive')}</p> : null}
      {stale ? <p className="mt-3 rounded border-2 border-slate-500 bg-white p-3">{t('service.staleWarning')}</p> : null}
      {s.alert ? (
        <p className="mt-3 rounded border-2 border-amber-600 bg-amber-50 p-3">
          <strong>{t('service.alert')}:</strong> {s.alert}
        </p>
      ) : null}

      <div className="mt-4 grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Section id="details" title={t('service.details')} headingClassName="sr-only" card>
          <DescriptionList
            items={[
            optionalItem('what', t('service.what'), s.description),
            optionalItem('forWhom', t('service.forWhom'), s.eligibilityDescription),
            optionalItem('howToApply', t('service.howToApply'), s.applicationProcess),
            optionalItem('costs', t('service.costs'), s.feesDescription),
            optionalItem('languages', t('service.languages'), s.languages.map(languageName).join(', ')),
            optionalItem('interpretation', t('service.interpretation'), s.interpretationServices),
            optionalItem('addresses',
              t('service.addresses'),
              s.locations.flatMap((l) =>
                l.addresses.map((a) => (
                  <span key={`${l.id}-${a.line1}`} className="block">
                    {a.line1}
                    {a.line2 ? `, ${a.line2}` : ''}, {a.postalCode} {a.city}
                    {l.transportation ? <span className="block text-sm text-slate-700">{l.transportation}</span> : null}
                  </span>
                )),
              ),
            ),
            optionalItem('phones',
              t('service.phones'),
              s.phones.length
                ? s.phones.map((p) => (
                    <span key={p.number} className="block">
                      <a href={`tel:${p.number}`} className="text-brand-700 underline">
                        {displayPhone(p.number)}
                      </a>
                      {p.description ? ` (${p.description})` : ''}
                    </span>
                  ))
                : null,
            ),
            optionalItem('email',
              t('service.email'),
              (s.email ?? s.organization.email) ? (
                <a href={`mailto:${s.email ?? s.organization.email}`} className="text-brand-700 underline">
                  {s.email ?? s.organization.email}
                </a>
              ) : null,
            ),
            optionalItem('website',
              t('service.website'),
              (s.url ?? s.organization.website) ? (
                <a href={s.url ?? s.organization.website!} className="break-all text-brand-700 underline" rel="noopener noreferrer">
                  {s.url ?? s.organization.website}
                </a>
              ) : null,
            ),
            optionalItem('wijken', t('service.wijken'), s.allWijken ? t('service.allWijken') : s.wijken.length ? s.wijken.map((w) => w.name).join(', ') : t('service.noWijken')),
            optionalItem('themes', t('service.themes'), s.themes.map((th) => (th.parentName ? `${th.parentName}: ${th.name}` : th.name)).join(', ')),
            optionalItem('lastVerified',
              t('service.lastVerified'),
              s.assuredDate ? format.dateTime(new Date(`${s.assuredDate}T12:00:00Z`), { dateStyle: 'long' }) : t('service.neverVerified'),
            ),
            ]}
          />
        </Section>
        <div>
          <Section id="hours" title={t('service.openingHours')} card>
            <DataTable caption={t('service.openingHours')} captionHidden columns={[{ header: t('service.day') }, { header: t('service.time') }]} className="mt-2" compact={false}>
                {week.map((d) => (
                  <tr key={d.day} className="border-t border-slate-200">
                    <th scope="row" className="py-1 text-start font-normal capitalize">
                      {t(`days.${d.day}`)}
                    </th>
                    <td className="py-1">{d.hours.length ? d.hours.map((h) => t('hours', { opens: h.opens, closes: h.closes })).join(', ') : t('service.closed')}</td>
                  </tr>
                ))}
              </DataTable>
          </Section>
          <Section id="note" title={t('service.note')} card className="mt-4">
            <p className="mt-1">{t('service.noteIntro')}</p>
            <ul className="mt-2 grid gap-1">
              <li>
                <a href={`${base}/${s.id}/note?lang=nl`} className={linkClass}>
                  {t('service.noteNl')}
                </a>
              </li>
              <li>
                <a href={`${base}/${s.id}/note?lang=en`} className={linkClass}>
                  {t('service.noteEn')}
                </a>
              </li>
            </ul>
          </Section>
        </div>
      </div>
      {form ?? <p className="mt-6">{t('refer.notAvailable')}</p>}
    </>
  );
}
