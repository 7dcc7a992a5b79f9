import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { FormSection } from '@/app/_components/form-section';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { todayLocal } from '@/lib/dates';
import { logContactAction, saveOrganisationAction } from '@/lib/network/actions';
import { contactLog, contactStatus, getOrganisation, organisationLeads, staffMembers, wijkOptions } from '@/lib/network/queries';
import { roundStatus } from '@/lib/network/rounds';
import { OrganisationLeadsSection } from './_sections/leads';
import { CONTACT_KINDS, overdueAfterDays } from '@/lib/network/schema';
import { organisationFields } from '../organisation-fields';
import { DataTable } from '@/app/_components/ui/table';
import { PageHeading } from '@/app/_components/ui/heading';
import { Section } from '@/app/_components/ui/card';
import { BackLink } from '@/app/_components/ui/back-link';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await getTranslations('network');
  const org = await getOrganisation(getDb(), (await params).id);
  return { title: `${org?.name ?? t('title')} – Wijkwerf` };
}

/** One organisation: how long since the last contact, log a contact, the log, and its details. */
export default async function OrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireAreaPermission('staff', 'network.manage');
  const { id } = await params;
  const db = getDb();
  const org = await getOrganisation(db, id);
  if (!org) notFound();
  const t = await getTranslations('network');
  const format = await getFormatter();
  const today = todayLocal();
  const [status, log, staff, wijken, passedOn] = await Promise.all([contactStatus(db, id, today, org.visitEveryWeeks), contactLog(db, id), staffMembers(db), wijkOptions(db), organisationLeads(db, id)]);
  const round = roundStatus({ lastContactOn: status.lastContactOn, lastRetoldOn: log.find((c) => c.offerRetold)?.date ?? null, visitEveryWeeks: org.visitEveryWeeks }, today);
  const overdue = org.active && status.overdue;
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: 'medium' });
  const messages = {
    saved: t('saved'),
    created: t('created'),
    contactLogged: t('contactLogged'),
  };
  const staffOptions = staff.some((s) => s.id === user.id) ? staff : [{ id: user.id, name: user.name }, ...staff];

  return (
    <>
      <BackLink href="/staff/network">{t('backToList')}</BackLink>
      <PageHeading>{org.name}</PageHeading>
      <p className="mt-1 text-slate-700">
        {t(`kinds.${org.kind}`)} · {org.wijkName ?? t('noWijk')}
      </p>
      <p className="mt-2 flex flex-wrap gap-2">
        {org.mayApproachMembers ? <span className="rounded bg-green-100 px-2 py-0.5 text-sm text-green-900">{t('mayApproachBadge')}</span> : null}
        {!org.active ? <span className="rounded bg-slate-200 px-2 py-0.5 text-sm text-slate-800">{t('inactiveBadge')}</span> : null}
      </p>

      <Section id="status" title={t('statusTitle')} card className="mt-4" data-testid="contact-status">
        <p className="mt-1 text-lg">
          {status.lastContactOn ? t('lastContactOn', { date: day(status.lastContactOn), days: t('days', { days: status.daysSince ?? 0 }) }) : t('neverContacted')}
        </p>
        {overdue ? (
          <p className="mt-2">
            <span className="rounded bg-red-100 px-2 py-0.5 font-semibold text-red-900">{status.daysSince === null ? t('neverBadge') : t('overdueBadge', { days: overdueAfterDays(org.visitEveryWeeks) })}</span>
          </p>
        ) : null}
        {org.active ? (
          <>
            <p className="mt-2" data-testid="round-due">{t('round.nextDue', { date: day(round.dueBy), weeks: org.visitEveryWeeks })}</p>
            <p className="mt-2 flex flex-wrap gap-2">
              {round.behindSchedule ? <span className="rounded bg-red-100 px-2 py-0.5 font-semibold text-red-900">{t('round.behindBadge')}</span> : null}
              {round.offerNotRetold ? <span className="rounded bg-amber-100 px-2 py-0.5 font-semibold text-amber-900">{t('round.offerBadge')}</span> : null}
            </p>
          </>
        ) : null}
      </Section>

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <FormSection
          id="log"
          title={t('logTitle')}
          idPrefix="contact"
          action={logContactAction}
          fields={[
            { kind: 'hidden', name: 'organisationId', value: org.id },
            { kind: 'date', name: 'date', label: t('fieldDate'), required: true, defaultValue: today },
            { kind: 'select', name: 'userId', label: t('fieldWho'), required: true, options: staffOptions.map((s) => ({ value: s.id, label: s.name })), defaultValue: user.id },
            { kind: 'radio', name: 'kind', label: t('fieldContactKind'), required: true, options: CONTACT_KINDS.map((k) => ({ value: k, label: t(`contactKinds.${k}`) })), defaultValue: 'visit' },
            { kind: 'textarea', name: 'notes', label: t('fieldContactNotes'), maxLength: 2000 },
            { kind: 'text', name: 'nextStep', label: t('fieldNextStep'), maxLength: 500 },
            { kind: 'checkbox', name: 'offerRetold', label: t('fieldOfferRetold') },
          ]}
          submitLabel={t('logContact')}
          messages={messages}
        />

        <FormSection id="details" title={t('detailsTitle')} idPrefix="org" action={saveOrganisationAction} fields={organisationFields(t, wijken, org)} submitLabel={t('save')} messages={messages} />
      </div>

      <Section id="history" title={t('historyTitle')} className="mt-8">
        {log.length === 0 ? (
          <p className="mt-2">{t('noHistory')}</p>
        ) : (
          <DataTable caption={t('historyTitle')} captionHidden columns={[{ header: t('colDate') }, { header: t('colWho') }, { header: t('colContactKind') }, { header: t('colNotes') }, { header: t('colNextStep') }, { header: t('colOfferRetold') }]} className="mt-2" data-testid="contact-log">
                {log.map((c) => (
                  <tr key={c.id} className="border-b border-slate-200 align-top">
                    <td className="p-2 whitespace-nowrap">{day(c.date)}</td>
                    <td className="p-2">{c.userName ?? ''}</td>
                    <td className="p-2">{t(`contactKinds.${c.kind}`)}</td>
                    <td className="p-2 whitespace-pre-line">{c.notes ?? ''}</td>
                    <td className="p-2">{c.nextStep ?? ''}</td>
                    <td className="p-2">{c.offerRetold ? t('yes') : ''}</td>
                  </tr>
                ))}
              </DataTable>
        )}
      </Section>

      <OrganisationLeadsSection data={passedOn} />
    </>
  );
}
