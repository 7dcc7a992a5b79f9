import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { isUuid } from '@/lib/actions/validation';
import { requireAreaPermission } from '@/lib/auth/gate';
import { getStepNames } from '@/lib/leads/settings/queries';
import { listCourses, openProviderResident } from '@/lib/providers/queries';
import { BackLink } from '@/app/_components/ui/back-link';
import { BidiText } from '@/app/_components/bidi-text';
import { Section } from '@/app/_components/ui/card';
import { DescriptionList } from '@/app/_components/ui/description-list';
import { PageHeading } from '@/app/_components/ui/heading';
import { ConfirmForms } from './_sections/confirm-forms';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('providers');
  return { title: `${t('resident.detailsTitle')} – Wijkwerf` };
}

/**
 * One resident referred to this provider: the details the offer needs, the steps so far, and what
 * the provider can report next. Anyone else's resident is a 404 (the same as one that does not
 * exist); opening the record is audited by the data-layer call.
 */
export default async function ProviderResidentPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireAreaPermission('provider', 'provider.self');
  if (!user.providerId) forbidden();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const db = getDb();
  const resident = await openProviderResident(db, { userId: user.id, providerId: user.providerId }, id);
  if (!resident) notFound();
  const t = await getTranslations('providers');
  const ts = await getTranslations('steps');
  const tl = await getTranslations('languages');
  const [steps, courses] = await Promise.all([getStepNames(db, await getLocale(), (s) => ts(s)), listCourses(db, user.providerId)]);
  const format = await getFormatter();
  const date = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: 'medium', timeZone: 'Europe/Amsterdam' });
  const dateTime = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
  return (
    <div className="max-w-3xl">
      <BackLink href="/provider">{t('resident.back')}</BackLink>
      <PageHeading>{resident.name}</PageHeading>
      <p className="mt-1" data-testid="resident-step">
        {t('col.step')}: <strong>{steps[resident.status]}</strong>
      </p>
      <Section id="details" title={t('resident.detailsTitle')} card className="mt-4">
        <DescriptionList
          className="mt-2"
          items={[
            { key: 'phone', term: t('col.phone'), description: <BidiText>{resident.phone}</BidiText> },
            { key: 'language', term: t('col.language'), description: tl.has(resident.preferredLanguage) ? tl(resident.preferredLanguage) : resident.preferredLanguage },
            {
              key: 'intake',
              term: t('resident.intake'),
              description: resident.intakeAt ? t('resident.intakeAt', { when: dateTime(resident.intakeAt), place: resident.intakePlace ?? '—' }) : t('resident.none'),
            },
            { key: 'course', term: t('col.course'), description: resident.courseName ?? resident.courseType ?? t('resident.none') },
            { key: 'offerOn', term: t('resident.offerOn'), description: resident.offerOn ? date(resident.offerOn) : t('resident.none') },
            { key: 'planSignedOn', term: t('resident.planSignedOn'), description: resident.planSignedOn ? date(resident.planSignedOn) : t('resident.none') },
            { key: 'courseStartOn', term: t('resident.courseStartOn'), description: resident.courseStartOn ? date(resident.courseStartOn) : t('resident.none') },
          ]}
        />
      </Section>
      <ConfirmForms resident={resident} courses={courses.filter((c) => c.active || c.id === resident.courseId)} />
      <Section id="history" title={t('resident.historyTitle')} className="mt-6">
        {resident.steps.length ? (
          <ol className="mt-2 list-disc ps-6">
            {resident.steps.map((s, i) => (
              <li key={i}>{t('resident.historyItem', { step: s.toStatus ? steps[s.toStatus] : '—', when: dateTime(s.at), by: s.by ?? '—' })}</li>
            ))}
          </ol>
        ) : (
          <p className="mt-2">{t('resident.historyEmpty')}</p>
        )}
      </Section>
    </div>
  );
}
