import { getTranslations } from 'next-intl/server';
import { addGoalNoteAction, saveGoalAction } from '@/lib/coaching/log/actions';
import type { GoalRecord } from '@/lib/coaching/log/queries';
import { FormSection } from '@/app/_components/form-section';
import { Section } from '@/app/_components/ui/card';
import { formatDay } from '@/app/_components/ui/target-progress';

/** The personal development goal, its progress notes, and the forms to set the goal and add a note. */
export async function Goal({ ambassadorId, goal, today }: { ambassadorId: string; goal: GoalRecord | null; today: string }) {
  const t = await getTranslations('coach');
  const days = goal ? await Promise.all(goal.notes.map((n) => formatDay(n.date))) : [];
  return (
    <Section id="goal" title={t('goal.title')} className="mt-8">
      <p className="mt-1 text-lg font-semibold" data-testid="goal">
        {goal ? goal.goal : t('goal.none')}
      </p>
      {goal?.notes.length ? (
        <ol className="mt-2 list-disc ps-6" data-testid="goal-notes">
          {goal.notes.map((n, i) => (
            <li key={n.id}>
              <span className="font-semibold">{days[i]}</span>: <span className="whitespace-pre-line">{n.note}</span>
            </li>
          ))}
        </ol>
      ) : null}
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <FormSection
          id="goal-form"
          title={goal ? t('goal.change') : t('goal.set')}
          idPrefix="goal"
          action={saveGoalAction}
          fields={[
            { kind: 'hidden', name: 'ambassadorId', value: ambassadorId },
            { kind: 'text', name: 'goal', label: t('goal.goal'), required: true, maxLength: 300, hint: t('goal.hint'), defaultValue: goal?.goal },
          ]}
          submitLabel={t('goal.save')}
          messages={{ goalSaved: t('goal.saved') }}
        />
        {goal ? (
          <FormSection
            id="goal-note"
            title={t('goal.noteTitle')}
            idPrefix="goalnote"
            action={addGoalNoteAction}
            fields={[
              { kind: 'hidden', name: 'ambassadorId', value: ambassadorId },
              { kind: 'date', name: 'date', label: t('log.date'), required: true, defaultValue: today },
              { kind: 'textarea', name: 'note', label: t('goal.note'), required: true, maxLength: 1000 },
            ]}
            submitLabel={t('goal.addNote')}
            messages={{ goalNoteAdded: t('goal.noteAdded') }}
          />
        ) : null}
      </div>
    </Section>
  );
}
