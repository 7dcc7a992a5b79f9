import { getFormatter, getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { Section } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/auth/gate';
import { answerEscortAction } from '@/lib/intake/actions';
import { myIntakes } from '@/lib/intake/queries';

/**
 * The intakes at the city desk this ambassador is asked to go along to: the resident's first name,
 * the time and the place only (never the phone). They answer "I'll go along" or "I can't"; an
 * intake they go along to is in their calendar feed and, once it has begun, claimable.
 */
export default async function MyIntakesPage() {
  const user = await requireArea('ambassador');
  const t = await getTranslations('intakeEscort');
  const format = await getFormatter();
  const now = new Date();
  const list = user.ambassadorId ? await myIntakes(getDb(), user.ambassadorId, now) : [];
  const messages = { accepted: t('acceptedDone'), declined: t('declinedDone') };

  return (
    <div className="mx-auto max-w-2xl">
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-1">{t('intro')}</p>
      <Section id="my-intakes" title={t('listTitle')} className="mt-6">
        {list.length === 0 ? <p className="mt-2">{t('none')}</p> : null}
        <ul className="mt-2 space-y-4">
          {list.map((i) => (
            <li key={i.id} className="rounded-md border border-slate-300 p-3" data-testid="my-intake">
              <p className="font-semibold">{t('line', { name: i.firstName, when: format.dateTime(i.startsAt, { dateStyle: 'full', timeStyle: 'short' }), place: i.place })}</p>
              <p className="mt-1" data-testid="my-intake-status">
                {t(`status.${i.status}`)}
              </p>
              {i.claimed ? (
                <p className="mt-1">{t('claimed')}</p>
              ) : (
                <>
                  {i.status === 'accepted' && i.startsAt.getTime() <= now.getTime() ? (
                    <p className="mt-1">
                      <a className="text-brand-700 underline" href="/ambassador/expenses">
                        {t('toClaim')}
                      </a>
                    </p>
                  ) : null}
                  <div className="mt-2 flex flex-wrap gap-3">
                    {i.status !== 'accepted' ? (
                      <ActionForm
                        idPrefix={`accept-${i.id}`}
                        action={answerEscortAction}
                        submitLabel={t('accept')}
                        messages={messages}
                        fields={[
                          { kind: 'hidden', name: 'escortId', value: i.id },
                          { kind: 'hidden', name: 'answer', value: 'accept' },
                        ]}
                      />
                    ) : null}
                    {i.status !== 'declined' ? (
                      <ActionForm
                        idPrefix={`decline-${i.id}`}
                        action={answerEscortAction}
                        submitLabel={t('decline')}
                        submitVariant="secondary"
                        messages={messages}
                        fields={[
                          { kind: 'hidden', name: 'escortId', value: i.id },
                          { kind: 'hidden', name: 'answer', value: 'decline' },
                        ]}
                      />
                    ) : null}
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
