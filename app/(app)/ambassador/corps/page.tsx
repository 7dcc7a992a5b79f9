import { getFormatter, getTranslations } from 'next-intl/server';
import { PlainActionForm } from '@/app/_components/plain-action-form';
import { getDb } from '@/db/client';
import { acceptAgreementAction } from '@/lib/ambassadors/actions';
import { AGREEMENT_VERSION, CLOTHING_ITEMS } from '@/lib/ambassadors/lifecycle';
import { ownCorpsStatus } from '@/lib/ambassadors/queries';
import { requireArea } from '@/lib/auth/gate';
import { Alert } from '@/app/_components/ui/alert';
import { buttonClass } from '@/app/_components/ui/button';
import { Section } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';

const AGREEMENT_PARTS = ['tasks', 'allowance', 'confidentiality', 'conduct'] as const;

/** The ambassador's own pass, clothing and volunteer agreement (accept it here). Their own row only. */
export default async function MyCorpsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requireArea('ambassador');
  const t = await getTranslations('corps');
  const format = await getFormatter();
  const own = user.ambassadorId ? await ownCorpsStatus(getDb(), user.ambassadorId) : null;
  const day = (d: string | Date) => format.dateTime(typeof d === 'string' ? new Date(`${d}T12:00:00Z`) : d, { day: 'numeric', month: 'long', year: 'numeric' });
  const accepted = (await searchParams).done === 'accepted';
  if (!own) return <PageHeading>{t('own.title')}</PageHeading>;
  const clothing = Object.fromEntries(own.clothing.map((c) => [c.item, c]));

  return (
    <div className="mx-auto max-w-2xl">
      <PageHeading>{t('own.title')}</PageHeading>
      <p className="mt-1">{t('own.intro')}</p>
      {accepted ? (
        <Alert type="ok" className="mt-3">
          {t('own.doneAccepted')}
        </Alert>
      ) : null}

      <Section id="agreement" title={t('own.agreementTitle')} card className="mt-6" data-testid="agreement">
        <p className="mt-1">{t('agreement.intro')}</p>
        {AGREEMENT_PARTS.map((p) => (
          <div key={p} className="mt-3">
            <h3 className="font-bold">{t(`agreement.${p}Title`)}</h3>
            <p>{t(`agreement.${p}`)}</p>
          </div>
        ))}
        {own.agreement ? (
          <p className="mt-4 font-semibold text-green-900" data-testid="agreement-accepted">
            {t('own.accepted', { date: day(own.agreement.acceptedAt), version: own.agreement.version })}
          </p>
        ) : own.status !== 'stopped' ? (
          <PlainActionForm action={acceptAgreementAction} className="mt-4">
            <input type="hidden" name="version" value={AGREEMENT_VERSION} />
            <button type="submit" className={buttonClass({ size: 'large', block: true })}>
              {t('own.accept')}
            </button>
          </PlainActionForm>
        ) : null}
      </Section>

      <Section id="pass" title={t('own.passTitle')} card className="mt-6" data-testid="my-pass">
        {own.passNumber ? (
          <>
            <p className="mt-1">{t('own.passInfo', { number: own.passNumber, date: own.passExpiresOn ? day(own.passExpiresOn) : '—' })}</p>
            {own.passReturnedOn ? <p>{t('own.passReturned', { date: day(own.passReturnedOn) })}</p> : null}
          </>
        ) : (
          <p className="mt-1">{t('own.passNone')}</p>
        )}
      </Section>

      <Section id="clothing" title={t('own.clothingTitle')} card className="mt-6" data-testid="my-clothing">
        <ul className="mt-1 divide-y divide-slate-200">
          {CLOTHING_ITEMS.map((item) => {
            const c = clothing[item];
            return (
              <li key={item} className="py-2">
                <p className="font-semibold">
                  {t(`item.${item}`)}
                  {c?.size ? <span className="font-normal"> ({t('own.size', { size: c.size })})</span> : null}
                </p>
                <p>{c?.returnedOn ? t('own.returned', { date: day(c.returnedOn) }) : c?.issuedOn ? t('own.issued', { date: day(c.issuedOn) }) : t('own.notYet')}</p>
              </li>
            );
          })}
        </ul>
      </Section>
    </div>
  );
}
