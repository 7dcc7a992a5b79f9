import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Section } from '@/app/_components/ui/card';
import type { AmbassadorStart } from '@/lib/field/queries';
import type { StepNames } from '@/lib/leads/settings/queries';

const listClass = 'mt-2 divide-y divide-slate-200';
const pairClass = 'flex flex-wrap items-baseline justify-between gap-x-3 py-2';

/** A card with a short list (or a line when it is empty) and a link to the whole of it. */
function ListCard({ id, title, testId, items, empty, more }: { id: string; title: string; testId: string; items: ReactNode[]; empty: string; more: { href: string; text: string } }) {
  return (
    <Section id={id} title={title} card>
      {items.length ? (
        <ul className={listClass} data-testid={testId}>
          {items}
        </ul>
      ) : (
        <p className="mt-1">{empty}</p>
      )}
      <p className="mt-2">
        <a href={more.href} className="text-brand-700 underline">
          {more.text}
        </a>
      </p>
    </Section>
  );
}

async function shortDay() {
  const format = await getFormatter();
  return { format, day: (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { weekday: 'short', day: 'numeric', month: 'short' }) };
}

/** My contacts: first name and step only. */
export async function ContactsCard({ contacts, steps }: { contacts: AmbassadorStart['contacts']; steps: StepNames }) {
  const t = await getTranslations('ambassadorHome');
  return (
    <Section id="contacts" title={t('contactsTitle')} card>
      <p className="mt-1 text-sm text-slate-700">{t('contactsIntro')}</p>
      <p className="mt-2 font-semibold">
        {t('contactsCount', { count: contacts.total })}
        {contacts.total > contacts.rows.length ? <> {t('contactsShown', { shown: contacts.rows.length })}</> : null}
      </p>
      {contacts.rows.length ? (
        <ul className={listClass} data-testid="my-contacts">
          {contacts.rows.map((c) => (
            <li key={c.id} className={pairClass}>
              <span className="font-medium [overflow-wrap:anywhere]">{c.firstName}</span>
              <span className="text-slate-700">{steps[c.status]}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </Section>
  );
}

/** My next shifts, with whom. */
export async function ShiftsCard({ shifts }: { shifts: AmbassadorStart['shifts'] }) {
  const t = await getTranslations('ambassadorHome');
  const { day } = await shortDay();
  return (
    <ListCard
      id="shifts"
      title={t('shiftsTitle')}
      testId="my-shifts"
      empty={t('noShifts')}
      more={{ href: '/ambassador/shifts', text: t('allShifts') }}
      items={shifts.map((s) => (
        <li key={s.shiftId} className="py-2">
          <p className="font-semibold">
            {day(s.date)}, {t(`dagdeel.${s.dagdeel}`)}
          </p>
          <p className="[overflow-wrap:anywhere]">
            {s.eventTitle} · {s.place}
          </p>
          <p className="text-slate-700">{s.partners.length ? t('shiftWith', { names: s.partners.join(', ') }) : t('shiftNoPartner')}</p>
        </li>
      ))}
    />
  );
}

/** My expense claims not paid yet. */
export async function ClaimsCard({ claims }: { claims: AmbassadorStart['openClaims'] }) {
  const t = await getTranslations('ambassadorHome');
  const te = await getTranslations('expenses');
  const { day, format } = await shortDay();
  return (
    <ListCard
      id="claims"
      title={t('claimsTitle')}
      testId="my-open-claims"
      empty={t('noClaims')}
      more={{ href: '/ambassador/expenses', text: t('allClaims') }}
      items={claims.map((c) => (
        <li key={c.id} className={pairClass}>
          <span className="[overflow-wrap:anywhere]">{t('claimLine', { event: c.meetingKind ? te(`meeting.${c.meetingKind}`) : (c.eventTitle ?? ''), date: day(c.shiftDate) })}</span>
          <span>
            <span className="font-semibold">{format.number(c.amountCents / 100, { style: 'currency', currency: 'EUR' })}</span>{' '}
            <span className="text-slate-700">({t(`claimStatus.${c.status}`)})</span>
          </span>
        </li>
      ))}
    />
  );
}
