import { getTranslations } from 'next-intl/server';
import { sessionFormat } from '@/app/(app)/staff/training/_components/shared';
import { Section } from '@/app/_components/ui/card';
import { getDb } from '@/db/client';
import { todayLocal } from '@/lib/dates';
import { nextSocialMapSession } from '@/lib/training/queries';

/** In place of the referral form, for an ambassador without the social-map training: where to take it. */
export async function ReferGate() {
  const t = await getTranslations('training.referGate');
  const next = await nextSocialMapSession(getDb(), todayLocal());
  const f = await sessionFormat();
  return (
    <Section id="refer" title={t('title')} card className="mt-6" data-testid="refer-gate">
      <p className="mt-1">{t('text')}</p>
      <p className="mt-2">{next ? t('next', { when: f.when(next), room: next.room }) : t('none')}</p>
      <p className="mt-2">
        <a href="/ambassador/training" className="text-brand-700 underline">
          {t('link')}
        </a>
      </p>
    </Section>
  );
}
