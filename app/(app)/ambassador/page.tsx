import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Welcome } from '@/app/_components/area-shell';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/auth/gate';
import { todayLocal } from '@/lib/dates';
import { ambassadorProfile, ambassadorStart } from '@/lib/field/queries';
import { qrSvg } from '@/lib/field/qr';
import { getStepNames } from '@/lib/leads/step-names';
import { publicUrl } from '@/lib/security/origin';
import { TargetProgress } from '@/app/_components/ui/target-progress';
import { ButtonLink } from '@/app/_components/ui/button';
import { NotActiveNotice } from './not-active-notice';
import { AgreementNotice } from './corps-notices';

const card = 'rounded-lg bg-white p-4 shadow-sm';
const heading = 'text-xl font-bold';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ambassadorHome');
  return { title: t('metaTitle') };
}

/**
 * The ambassador's start page, phone first: register a contact; target and result; own contacts
 * (first name and step only); next shifts with the partner; open expense claims; the referral
 * link with its QR code and the flyer.
 */
export default async function AmbassadorHome() {
  const user = await requireArea('ambassador');
  const t = await getTranslations('ambassadorHome');
  const ts = await getTranslations('steps');
  const format = await getFormatter();
  const locale = await getLocale();
  const db = getDb();
  const ambassadorId = user.ambassadorId;
  const today = todayLocal();

  const [profile, start, steps] = await Promise.all([
    ambassadorId ? ambassadorProfile(db, ambassadorId) : null,
    ambassadorId ? ambassadorStart(db, ambassadorId, today) : null,
    getStepNames(db, locale, (s) => ts(s)),
  ]);
  // A stopped ambassador's link no longer attributes sign-ups: don't hand it out.
  const link = profile?.active ? publicUrl(`/?ref=${encodeURIComponent(profile.referralCode)}`) : null;
  const qr = link ? await qrSvg(link, t('qrName')) : null;
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { weekday: 'short', day: 'numeric', month: 'short' });
  const longDay = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: 'medium' });

  return (
    <>
      <Welcome user={user} intro={t('intro')} />
      {ambassadorId ? <AgreementNotice ambassadorId={ambassadorId} /> : null}

      {profile && !profile.active ? (
        <NotActiveNotice status={profile.status} />
      ) : (
        <p className="mb-6">
          <ButtonLink size="large" block href="/ambassador/contact">
            {t('registerContact')}
          </ButtonLink>
        </p>
      )}

      {start ? (
        <div className="grid gap-6 md:grid-cols-2">
          <section aria-labelledby="target-title" className={card} data-testid="my-target">
            <h2 id="target-title" className={heading}>
              {t('targetTitle')}
            </h2>
            {!start.target.period ? (
              <p className="mt-1">{t('noPeriod')}</p>
            ) : (
              <>
                <p className="mt-1 text-slate-700">
                  {t('targetPeriod', {
                    name: start.target.period.name,
                    from: longDay(start.target.period.startsOn),
                    to: longDay(start.target.period.endsOn),
                  })}
                </p>
                {start.target.target !== null ? (
                  <div className="mt-3">
                    <TargetProgress
                      id="my-target-progress"
                      signed={start.target.result}
                      target={start.target.target}
                      size="small"
                      label={t('targetLabel', { name: start.target.period.name })}
                    />
                  </div>
                ) : (
                  <p className="mt-2">{t('noTarget', { result: start.target.result })}</p>
                )}
                <p className="mt-2 text-sm text-slate-700">{t('targetExplain')}</p>
              </>
            )}
          </section>

          <section aria-labelledby="contacts-title" className={card}>
            <h2 id="contacts-title" className={heading}>
              {t('contactsTitle')}
            </h2>
            <p className="mt-1 text-sm text-slate-700">{t('contactsIntro')}</p>
            <p className="mt-2 font-semibold">
              {t('contactsCount', { count: start.contacts.total })}
              {start.contacts.total > start.contacts.rows.length ? <> {t('contactsShown', { shown: start.contacts.rows.length })}</> : null}
            </p>
            {start.contacts.rows.length ? (
              <ul className="mt-2 divide-y divide-slate-200" data-testid="my-contacts">
                {start.contacts.rows.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-baseline justify-between gap-x-3 py-2">
                    <span className="font-medium [overflow-wrap:anywhere]">{c.firstName}</span>
                    <span className="text-slate-700">{steps[c.status]}</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </section>

          <section aria-labelledby="shifts-title" className={card}>
            <h2 id="shifts-title" className={heading}>
              {t('shiftsTitle')}
            </h2>
            {start.shifts.length ? (
              <ul className="mt-2 divide-y divide-slate-200" data-testid="my-shifts">
                {start.shifts.map((s) => (
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
              </ul>
            ) : (
              <p className="mt-1">{t('noShifts')}</p>
            )}
            <p className="mt-2">
              <a href="/ambassador/shifts" className="text-brand-700 underline">
                {t('allShifts')}
              </a>
            </p>
          </section>

          <section aria-labelledby="claims-title" className={card}>
            <h2 id="claims-title" className={heading}>
              {t('claimsTitle')}
            </h2>
            {start.openClaims.length ? (
              <ul className="mt-2 divide-y divide-slate-200" data-testid="my-open-claims">
                {start.openClaims.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-baseline justify-between gap-x-3 py-2">
                    <span className="[overflow-wrap:anywhere]">{t('claimLine', { event: c.eventTitle, date: day(c.shiftDate) })}</span>
                    <span>
                      <span className="font-semibold">{format.number(c.amountCents / 100, { style: 'currency', currency: 'EUR' })}</span>{' '}
                      <span className="text-slate-700">({t(`claimStatus.${c.status}`)})</span>
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-1">{t('noClaims')}</p>
            )}
            <p className="mt-2">
              <a href="/ambassador/expenses" className="text-brand-700 underline">
                {t('allClaims')}
              </a>
            </p>
          </section>

          {link && profile ? (
            <section aria-labelledby="ref-title" className={`${card} md:col-span-2`}>
              <h2 id="ref-title" className={heading}>
                {t('referralTitle')}
              </h2>
              <p className="mt-1">{t('referralText')}</p>
              <p className="mt-2 break-all rounded bg-slate-100 p-2 font-mono" data-testid="referral-link">
                {link}
              </p>
              <p className="mt-2">{t('referralCode', { code: profile.referralCode })}</p>
              {qr ? (
                <div className="mt-3 h-48 w-48 max-w-full" data-testid="referral-qr" dangerouslySetInnerHTML={{ __html: qr }} />
              ) : null}
              <p className="mt-3">
                <a href="/ambassador/flyer" className="text-brand-700 underline">
                  {t('flyerLink')}
                </a>
              </p>
            </section>
          ) : null}
        </div>
      ) : (
        <p>{(await getTranslations('fieldContact'))('errors.notAmbassador')}</p>
      )}
    </>
  );
}
