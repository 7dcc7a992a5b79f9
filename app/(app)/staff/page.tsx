import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Welcome } from '@/app/_components/area-shell';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/auth/gate';
import { can } from '@/lib/auth/permissions';
import { getStepNames } from '@/lib/leads/settings/queries';
import { OVERDUE_DAYS } from '@/lib/leads/journey/steps';
import { staffStart } from '@/lib/targets/queries';
import { todayLocal } from '@/lib/dates';
import { formatDay, PaceLine, TargetProgress } from '@/app/_components/ui/target-progress';
import { BarTable, DataTable } from '@/app/_components/ui/table';
import { DescriptionList } from '@/app/_components/ui/description-list';
import { Section } from '@/app/_components/ui/card';
import { BroadcastSection } from './_sections/broadcast';
import { MyWorkSection } from './_sections/my-work';
import { myWork } from '@/lib/leads/list/my-work';
import { Alert } from '@/app/_components/ui/alert';
import { overdueRequestCount } from '@/lib/privacy/queries';

/** Staff start page: the headline figure against the target, the pace, the funnel, this week's sign-ups, overdue leads. */
export default async function StaffHome() {
  const user = await requireArea('staff');
  const t = await getTranslations('staffHome');
  const ts = await getTranslations('steps');
  const tsrc = await getTranslations('sources');
  const format = await getFormatter();
  const locale = await getLocale();
  const db = getDb();
  const now = new Date();
  const today = todayLocal(now);
  const [s, steps] = await Promise.all([staffStart(db, now, today), getStepNames(db, locale, (status) => ts(status))]);
  const coordinator = can(user.role, 'programme.manage');
  const lateRequests = can(user.role, 'privacy.requests') ? await overdueRequestCount(db, now) : 0;
  // The caseworker starts with their own work; the programme's figures follow below it.
  const work = user.role === 'caseworker' ? await myWork(db, user.id, today, now) : null;
  const tp = await getTranslations('privacyRights');

  return (
    <>
      <Welcome user={user} intro={t('intro')} />
      {work ? <MyWorkSection items={work} /> : null}
      {lateRequests ? (
        <Alert type="warning" className="mb-4">
          <a className="underline" href="/staff/privacy">
            {tp('overdueOnHome', { count: lateRequests })}
          </a>
        </Alert>
      ) : null}

      <Section id="target" title={t('targetTitle')} card>
        {s.period ? (
          <>
            <p className="mt-1 text-slate-700">
              {t('periodLine', { name: s.period.name, from: await formatDay(s.period.startsOn), to: await formatDay(s.period.endsOn) })}
            </p>
            <div className="mt-3">
              <TargetProgress
                id="target-progress"
                signed={s.signed}
                target={s.period.groupTarget}
                label={t('progressLabel', { name: s.period.name })}
              />
            </div>
            {s.pace ? <PaceLine pace={s.pace} startsOn={s.period.startsOn} today={today} /> : null}
            {coordinator ? (
              <p className="mt-3">
                <a className="text-brand-700 underline" href={`/staff/targets/${s.period.id}`}>
                  {t('personalTargetsLink')}
                </a>
              </p>
            ) : null}
          </>
        ) : (
          <>
            <p className="mt-2">{t('noPeriod')}</p>
            {coordinator ? (
              <p className="mt-2">
                <a className="text-brand-700 underline" href="/staff/targets">
                  {t('createPeriodLink')}
                </a>
              </p>
            ) : null}
          </>
        )}
      </Section>

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Section id="funnel" title={t('funnelTitle')} card>
          <p className="mt-1 text-sm text-slate-700">{t('funnelIntro')}</p>
          <BarTable
            caption={t('funnelCaption')}
            captionHidden
            className="mt-3"
            data-testid="funnel"
            labelHeader={t('colStep')}
            countHeader={t('colCount')}
            barHeader={t('colBar')}
            format={(n) => format.number(n)}
            rows={s.funnel.steps.map((x) => ({ key: x.status, label: steps[x.status], count: x.count }))}
          />
          <DescriptionList
            layout="totals"
            className="mt-3"
            items={[
              { key: 'closed', term: steps.closed, description: format.number(s.funnel.closed), testId: 'funnel-closed' },
              { key: 'total', term: t('funnelTotal'), description: format.number(s.funnel.total) },
            ]}
          />
        </Section>

        <div className="grid content-start gap-6">
          <Section id="week" title={t('weekTitle')} card>
            <p className="mt-1 text-lg">{t('weekTotal', { count: s.signups.total })}</p>
            <DataTable caption={t('weekCaption')} captionHidden columns={[{ header: t('colSource') }, { header: t('colCount'), numeric: true }]} className="mt-2">
                {s.signups.bySource.map((x) => (
                  <tr key={x.source} className="border-b border-slate-200">
                    <th scope="row" className="p-2 font-normal">
                      {tsrc(x.source)}
                    </th>
                    <td className="p-2 text-end font-semibold tabular-nums">{format.number(x.count)}</td>
                  </tr>
                ))}
              </DataTable>
          </Section>

          <Section id="overdue" title={t('overdueTitle')} card>
            <p className="mt-1">
              <span className="text-3xl font-bold text-brand-800" data-testid="overdue-count">
                {format.number(s.overdue)}
              </span>{' '}
              {t('overdueText', { count: s.overdue, days: OVERDUE_DAYS })}
            </p>
            <p className="mt-2">
              <a className="text-brand-700 underline" href="/staff/leads?overdue=1">
                {t('overdueLink')}
              </a>
            </p>
          </Section>
        </div>
      </div>
      {can(user.role, 'notifications.broadcast') ? <BroadcastSection /> : null}
    </>
  );
}
