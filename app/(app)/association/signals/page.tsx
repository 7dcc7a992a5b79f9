import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listOwnSignals } from '@/lib/signals/queries';
import { SIGNAL_KINDS } from '@/lib/signals/schema';
import { requireArea } from '@/lib/auth/gate';
import { SignalForm } from './signal-form';
import { PageHeading } from '@/app/_components/ui/heading';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('associationSignals');
  return { title: `${t('title')} – Wijkwerf` };
}

/** Pass on a signal to the project worker; see this association's signals, replies and status. */
export default async function AssociationSignalsPage() {
  const user = await requireArea('association');
  const t = await getTranslations('associationSignals');
  const ta = await getTranslations('associationArea');
  const tc = await getTranslations('common');
  const format = await getFormatter();
  if (!user.associationId) {
    return (
      <>
        <PageHeading>{t('title')}</PageHeading>
        <p className="mt-4 rounded-lg bg-white p-4 shadow-sm">{t('noAssociation')}</p>
      </>
    );
  }
  const signals = await listOwnSignals(getDb(), user.associationId);
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <section className="rounded-lg bg-white p-4 shadow-sm" aria-labelledby="signal-form-title">
          <h2 id="signal-form-title" className="mb-3 text-xl font-bold">
            {t('formTitle')}
          </h2>
          <SignalForm
            text={{
              kind: t('kind'),
              kinds: SIGNAL_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) })),
              text: t('text'),
              textHint: t('textHint'),
              requiredMarker: tc('requiredMarker'),
              submit: t('submit'),
              submitting: ta('submitting'),
              errorSummary: ta('errorSummary'),
              saved: t('signalSaved'),
            }}
          />
        </section>
        <section className="rounded-lg bg-white p-4 shadow-sm" aria-labelledby="signal-list-title">
          <h2 id="signal-list-title" className="text-xl font-bold">
            {t('listTitle')}
          </h2>
          {signals.length === 0 ? (
            <p className="mt-2">{t('none')}</p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-200" data-testid="signal-list">
              {signals.map((s) => (
                <li key={s.id} className="py-3" data-testid="signal">
                  <p className="text-sm text-slate-700">
                    {t(`kinds.${s.kind}`)} · {t('sentOn', { date: date(s.createdAt) })}
                  </p>
                  <p className="mt-1 whitespace-pre-line">{s.text}</p>
                  <p className={`mt-1 text-sm font-semibold ${s.status === 'handled' ? 'text-green-800' : 'text-slate-800'}`}>
                    {t(`status.${s.status}`)}
                    {s.status === 'handled' && s.handledAt ? ` · ${t('handledOn', { date: date(s.handledAt) })}` : null}
                  </p>
                  {s.replies.length ? (
                    <div className="mt-2 border-s-4 border-brand-700 ps-3">
                      <p className="text-sm font-semibold">{t('replies')}</p>
                      {s.replies.map((r) => (
                        <p key={r.id} className="mt-1 whitespace-pre-line">
                          <span className="text-sm text-slate-700">{date(r.createdAt)}: </span>
                          {r.text}
                        </p>
                      ))}
                    </div>
                  ) : (
                    <p className="mt-1 text-sm text-slate-700">{t('noReplies')}</p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
