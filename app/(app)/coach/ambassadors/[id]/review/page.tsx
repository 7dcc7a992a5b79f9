import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ActionForm, type FieldSpec } from '@/app/_components/action-form';
import { getDb } from '@/db/client';
import { isUuid } from '@/lib/actions/validation';
import { requireAreaPermission } from '@/lib/auth/gate';
import { recordReviewAction } from '@/lib/coaching/reviews/actions';
import { reviewForm } from '@/lib/coaching/reviews/queries';
import { MAX_AGREEMENTS, MAX_NOTES_LENGTH } from '@/lib/coaching/reviews/schema';
import { BackLink } from '@/app/_components/ui/back-link';
import { Section } from '@/app/_components/ui/card';
import { DescriptionList } from '@/app/_components/ui/description-list';
import { PageHeading } from '@/app/_components/ui/heading';
import { formatDay } from '@/app/_components/ui/target-progress';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('coach');
  return { title: `${t('review.title')} – Wijkwerf` };
}

/**
 * The two-weekly review: the window's figures (computed on the server, the same as the lists),
 * the previous agreements to tick off, new agreements and private notes.
 */
export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAreaPermission('coach', 'coaching.manage');
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const form = await reviewForm(getDb(), id);
  if (!form) notFound();
  const t = await getTranslations('coach');
  const f = form.figures;
  const openDays = await Promise.all(form.openAgreements.map((a) => formatDay(a.reviewedOn)));
  const fields: FieldSpec[] = [
    { kind: 'hidden', name: 'ambassadorId', value: id },
    ...(form.openAgreements.length
      ? [
          {
            kind: 'checkboxes' as const,
            name: 'done',
            label: t('review.previous'),
            options: form.openAgreements.map((a, i) => ({ value: a.id, label: t('review.previousItem', { text: a.text, date: openDays[i]! }) })),
          },
        ]
      : []),
    { kind: 'textarea', name: 'agreements', label: t('review.agreements', { max: MAX_AGREEMENTS }), maxLength: 4000 },
    { kind: 'textarea', name: 'notes', label: t('review.notes'), maxLength: MAX_NOTES_LENGTH },
  ];

  return (
    <div className="max-w-3xl">
      <BackLink href={`/coach/ambassadors/${id}`}>{t('review.back', { name: form.ambassador.name })}</BackLink>
      <PageHeading>{t('review.heading', { name: form.ambassador.name })}</PageHeading>
      <Section id="figures" title={t('review.figuresTitle')} card className="mt-4" data-testid="review-figures">
        <p className="mt-1">{t('review.window', { from: await formatDay(f.from), to: await formatDay(f.to) })}</p>
        <DescriptionList
          layout="figures"
          className="mt-2"
          items={[
            { key: 'contacts', term: t('figure.contacts'), description: f.contacts, testId: 'figure-contacts' },
            { key: 'signups', term: t('figure.signups'), description: f.signups, testId: 'figure-signups' },
            { key: 'plans', term: t('figure.plansSigned'), description: f.plansSigned, testId: 'figure-plans' },
            { key: 'shifts', term: t('figure.shiftsWorked'), description: f.shiftsWorked, testId: 'figure-shifts' },
            { key: 'target', term: t('figure.targetProRata'), description: f.targetProRata ?? '—', testId: 'figure-target' },
          ]}
        />
        <p className="mt-2 text-sm">{f.target !== null ? t('review.targetNote', { target: f.target, period: f.periodName ?? '' }) : t('review.noTarget')}</p>
      </Section>
      <Section id="review" title={t('review.formTitle')} className="mt-6">
        <p className="mt-1">{form.openAgreements.length ? t('review.previousIntro') : t('review.noPrevious')}</p>
        <p className="mt-1">{t('review.notesIntro')}</p>
        <ActionForm className="mt-2 rounded-lg bg-white p-4 shadow-sm" idPrefix="review" action={recordReviewAction} fields={fields} submitLabel={t('review.submit')} />
      </Section>
    </div>
  );
}
