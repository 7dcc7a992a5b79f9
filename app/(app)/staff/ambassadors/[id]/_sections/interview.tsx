import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { interviewAction } from '@/lib/ambassadors/actions';
import { INTERVIEW_OUTCOMES } from '@/lib/ambassadors/lifecycle';
import type { AmbassadorDetail } from '@/lib/ambassadors/queries';
import { Section } from '@/app/_components/ui/card';
import { DataTable } from '@/app/_components/ui/table';
import { dayFormat } from './shared';

/** The job-style interview: date, panel, outcome, notes. */
export async function InterviewSection({ a }: { a: AmbassadorDetail }) {
  const t = await getTranslations('corps');
  const day = await dayFormat();
  return (
    <Section id="interview" title={t('detail.interviewTitle')} card>
      <DataTable
        caption={t('interview.caption')}
        columns={[{ header: t('interview.heldOn') }, { header: t('interview.panel') }, { header: t('interview.outcome') }, { header: t('interview.notes') }]}
        rowCount={a.interviews.length}
        empty={t('interview.none')}
        className="mt-2"
      >
        {a.interviews.map((i) => (
          <tr key={i.id} className="border-b border-slate-200 align-top">
            <td className="p-2">{day(i.heldOn)}</td>
            <td className="p-2">{i.panel}</td>
            <td className="p-2">{t(`outcome.${i.outcome}`)}</td>
            <td className="p-2 whitespace-pre-line">{i.notes ?? ''}</td>
          </tr>
        ))}
      </DataTable>
      {a.status !== 'stopped' ? (
        <ActionForm
          idPrefix="interview"
          action={interviewAction}
          className="mt-3 max-w-xl"
          fields={[
            { kind: 'hidden', name: 'ambassadorId', value: a.id },
            { kind: 'date', name: 'heldOn', label: t('interview.heldOn'), required: true },
            { kind: 'text', name: 'panel', label: t('interview.panel'), required: true, maxLength: 200 },
            { kind: 'radio', name: 'outcome', label: t('interview.outcome'), required: true, options: INTERVIEW_OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) })) },
            { kind: 'textarea', name: 'notes', label: t('interview.notes'), maxLength: 2000 },
          ]}
          submitLabel={t('interview.save')}
        />
      ) : null}
    </Section>
  );
}
