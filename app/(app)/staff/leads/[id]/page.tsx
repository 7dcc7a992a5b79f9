import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ActionForm, type FieldSpec } from '@/app/_components/action-form';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/auth/gate';
import { toLocalDateTimeInput } from '@/lib/dates';
import { assignableStaff, listProviders, openLeadRecord } from '@/lib/leads/journey/detail';
import { LANGUAGE_CODES } from '@/lib/leads/languages';
import { getStepNames } from '@/lib/leads/settings/queries';
import { BARRIERS, CLOSE_REASONS, forwardSteps, isOpen, isOverdue, type LeadStatus } from '@/lib/leads/journey/steps';
import {
  addContactAttemptAction,
  addNoteAction,
  assignLeadAction,
  changeStepAction,
  mergeLeadsAction,
  setBarriersAction,
  setIntakeAction,
  setPlanAction,
  updateLeadDetailsAction,
} from '@/lib/leads/journey/actions';
import { CONTACT_CHANNELS, CONTACT_OUTCOMES } from '@/lib/leads/journey/schema';
import { listNeighbourhoods } from '@/lib/neighbourhoods/queries';
import { PageHeading } from '@/app/_components/ui/heading';

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg bg-white p-4 shadow-sm">
      <h2 id={id} className="mb-3 text-lg font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function LeadPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea('staff');
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const db = getDb();
  // Opening a resident's record is logged (lead.viewed, ids only) by the same data-layer call.
  const detail = await openLeadRecord(db, user.id, id);
  if (!detail) notFound();

  const t = await getTranslations('lead');
  const tp = await getTranslations('public');
  const tl = await getTranslations('languages');
  const tsrc = await getTranslations('sources');
  const locale = await getLocale();
  const format = await getFormatter();
  const steps = await getStepNames(db, locale, (await getTranslations('steps')) as never);
  const [wijken, staff, providers] = await Promise.all([listNeighbourhoods(db), assignableStaff(db), listProviders(db)]);

  const { lead } = detail;
  const status = lead.status as LeadStatus;
  const open = isOpen(status);
  const merged = !!lead.mergedIntoId;
  const overdue = !merged && isOverdue(status, lead.lastActivityAt);
  const ver = String(lead.version);
  const hidden = (extra: FieldSpec[] = []): FieldSpec[] => [
    { kind: 'hidden', name: 'leadId', value: lead.id },
    { kind: 'hidden', name: 'version', value: ver },
    ...extra,
  ];
  const messages = {
    saved: t('saved'),
    conflict: t('conflict'),
    leadNotFound: t('leadNotFound'),
    notForward: t('notForward'),
    notOpen: t('notOpen'),
    notClosed: t('notClosed'),
    reasonRequired: t('reasonRequired'),
    signedDateRequired: t('signedDateRequired'),
    invalidForm: t('invalidForm'),
    phonesDiffer: t('phonesDiffer'),
    samePersonRequired: t('samePersonRequired'),
  };
  const date = (d: Date | string | null) =>
    d ? format.dateTime(typeof d === 'string' ? new Date(`${d}T12:00:00Z`) : d, { dateStyle: 'medium' }) : '—';
  const dateTime = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });

  const timeline = [
    ...detail.events.map((e) => ({ at: e.event.createdAt, key: `e-${e.event.id}`, who: e.actorName, kind: e.event.kind, e: e.event })),
    ...detail.attempts.map((a) => ({ at: a.attempt.at, key: `a-${a.attempt.id}`, who: a.actorName, kind: 'attempt' as const, a: a.attempt })),
  ].sort((x, y) => y.at.getTime() - x.at.getTime());

  return (
    <>
      <p className="mb-2">
        <a href="/staff/leads" className="text-brand-700 underline">
          {t('backToList')}
        </a>
      </p>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <PageHeading>{lead.name}</PageHeading>
        <span className="rounded-full bg-brand-50 px-3 py-1 font-semibold text-brand-800" data-testid="lead-step">
          {steps[status]}
          {status === 'closed' && lead.closeReason ? ` · ${t(`closeReasons.${lead.closeReason}`)}` : ''}
        </span>
        {overdue ? <span className="rounded-full bg-amber-100 px-3 py-1 font-semibold text-amber-900">{t('overdue')}</span> : null}
      </div>

      {merged ? (
        <p role="note" className="mb-4 rounded-md border-2 border-slate-500 bg-slate-100 p-3">
          {t('mergedInto')}{' '}
          <a className="text-brand-700 underline" href={`/staff/leads/${lead.mergedIntoId}`}>
            {t('openKept')}
          </a>
        </p>
      ) : null}

      {detail.duplicates.length ? (
        <section aria-labelledby="dup-title" className="mb-4 rounded-md border-2 border-amber-600 bg-amber-50 p-3">
          <h2 id="dup-title" className="font-bold">
            {t('duplicatesTitle')}
          </h2>
          <ul className="mt-2 space-y-2">
            {detail.duplicates.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center gap-3">
                <a className="text-brand-700 underline" href={`/staff/leads/${d.id}`}>
                  {d.name} · {steps[d.status as LeadStatus]} · {tsrc(d.source)} · {date(d.createdAt)}
                </a>
                <ActionForm
                  idPrefix={`merge-${d.id}`}
                  action={mergeLeadsAction}
                  fields={[
                    { kind: 'hidden', name: 'keepId', value: lead.id },
                    { kind: 'hidden', name: 'mergeId', value: d.id },
                  ]}
                  submitLabel={t('mergeInto')}
                  messages={messages}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {!merged ? (
        <details className="mb-4 rounded-md bg-white p-3 shadow-sm">
          <summary className="cursor-pointer font-semibold text-brand-800">{t('mergeOtherTitle')}</summary>
          <p className="mt-2">{t('mergeOtherIntro')}</p>
          <ActionForm
            idPrefix="merge-other"
            action={mergeLeadsAction}
            className="mt-3"
            fields={[
              { kind: 'hidden', name: 'keepId', value: lead.id },
              { kind: 'text', name: 'mergeId', label: t('mergeOtherId'), required: true },
              { kind: 'checkbox', name: 'samePerson', label: t('mergeSamePerson'), required: true },
              { kind: 'textarea', name: 'reason', label: t('mergeReason'), required: true, maxLength: 500 },
            ]}
            submitLabel={t('mergeOtherSubmit')}
            messages={messages}
          />
        </details>
      ) : null}

      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-4">
          {!merged ? (
            <Section id="step-title" title={t('stepTitle')}>
              {open && forwardSteps(status).length ? (
                <ActionForm
                  idPrefix="fwd"
                  action={changeStepAction}
                  fields={hidden([
                    { kind: 'hidden', name: 'move', value: 'forward' },
                    {
                      kind: 'select',
                      name: 'to',
                      label: t('nextStep'),
                      required: true,
                      defaultValue: forwardSteps(status)[0],
                      options: forwardSteps(status).map((s) => ({ value: s, label: steps[s] })),
                    },
                    { kind: 'date', name: 'planSignedOn', label: t('planSignedOnIfSigned'), defaultValue: lead.planSignedOn ?? '' },
                    { kind: 'textarea', name: 'note', label: t('noteOptional'), maxLength: 1000 },
                  ])}
                  submitLabel={t('moveForward')}
                  messages={messages}
                  className="mb-4"
                />
              ) : null}
              {open ? (
                <details className="rounded border border-slate-300 p-3">
                  <summary className="cursor-pointer font-semibold">{t('closeTitle')}</summary>
                  <ActionForm
                    idPrefix="close"
                    action={changeStepAction}
                    fields={hidden([
                      { kind: 'hidden', name: 'move', value: 'close' },
                      {
                        kind: 'select',
                        name: 'closeReason',
                        label: t('closeReason'),
                        required: true,
                        placeholder: t('choose'),
                        options: CLOSE_REASONS.map((r) => ({ value: r, label: t(`closeReasons.${r}`) })),
                      },
                      { kind: 'textarea', name: 'note', label: t('noteOptional'), maxLength: 1000 },
                    ])}
                    submitLabel={t('closeButton')}
                    messages={messages}
                    className="mt-3"
                  />
                </details>
              ) : status === 'closed' ? (
                <ActionForm
                  idPrefix="reopen"
                  action={changeStepAction}
                  fields={hidden([
                    { kind: 'hidden', name: 'move', value: 'reopen' },
                    { kind: 'textarea', name: 'note', label: t('noteOptional'), maxLength: 1000 },
                  ])}
                  submitLabel={t('reopen')}
                  messages={messages}
                />
              ) : (
                <p>{t('finished')}</p>
              )}
            </Section>
          ) : null}

          <Section id="attr-title" title={t('attributionTitle')}>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              <dt className="font-semibold">{t('source')}</dt>
              <dd>{tsrc(lead.source)}</dd>
              {detail.ambassadorName ? (
                <>
                  <dt className="font-semibold">{t('ambassador')}</dt>
                  <dd>
                    {detail.ambassadorName}
                    {detail.partnerName ? ` ${t('withPartner', { name: detail.partnerName })}` : ''}
                  </dd>
                </>
              ) : null}
              {detail.associationName ? (
                <>
                  <dt className="font-semibold">{t('association')}</dt>
                  <dd>{detail.associationName}</dd>
                </>
              ) : null}
              {lead.referralCode ? (
                <>
                  <dt className="font-semibold">{t('referralCode')}</dt>
                  <dd>{lead.referralCode}</dd>
                </>
              ) : null}
              {detail.createdByName ? (
                <>
                  <dt className="font-semibold">{t('createdBy')}</dt>
                  <dd>{detail.createdByName}</dd>
                </>
              ) : null}
              <dt className="font-semibold">{t('createdAt')}</dt>
              <dd>{dateTime(lead.createdAt)}</dd>
              <dt className="font-semibold">{t('consent')}</dt>
              <dd>
                {dateTime(lead.consentAt)} ({lead.consentVersion})
              </dd>
            </dl>
            {detail.mergedFrom.length ? (
              <>
                <h3 className="mt-3 font-semibold">{t('mergedFrom')}</h3>
                <ul className="list-disc ps-5">
                  {detail.mergedFrom.map((m) => (
                    <li key={m.id}>
                      <a className="text-brand-700 underline" href={`/staff/leads/${m.id}`}>
                        {tsrc(m.source)} · {date(m.createdAt)}
                        {m.ambassadorName ? ` · ${m.ambassadorName}` : ''}
                        {m.associationName ? ` · ${m.associationName}` : ''}
                        {m.referralCode ? ` · ${m.referralCode}` : ''}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </Section>

          {!merged ? (
            <>
              <Section id="attempt-title" title={t('attemptTitle')}>
                <ActionForm
                  idPrefix="attempt"
                  action={addContactAttemptAction}
                  fields={[
                    { kind: 'hidden', name: 'leadId', value: lead.id },
                    { kind: 'datetime-local', name: 'at', label: t('attemptAt'), required: true, defaultValue: toLocalDateTimeInput(new Date()) },
                    { kind: 'select', name: 'channel', label: t('channel'), required: true, defaultValue: 'phone', options: CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) })) },
                    { kind: 'select', name: 'outcome', label: t('outcome'), required: true, placeholder: t('choose'), options: CONTACT_OUTCOMES.map((o) => ({ value: o, label: t(`outcomes.${o}`) })) },
                    { kind: 'textarea', name: 'note', label: t('noteOptional'), maxLength: 1000 },
                  ]}
                  submitLabel={t('addAttempt')}
                  messages={messages}
                />
              </Section>
              <Section id="note-title" title={t('noteTitle')}>
                <ActionForm
                  idPrefix="note"
                  action={addNoteAction}
                  fields={[
                    { kind: 'hidden', name: 'leadId', value: lead.id },
                    { kind: 'textarea', name: 'note', label: t('note'), required: true, maxLength: 2000 },
                  ]}
                  submitLabel={t('addNote')}
                  messages={messages}
                />
              </Section>
            </>
          ) : null}

          <Section id="timeline-title" title={t('timelineTitle')}>
            <ol className="space-y-3" data-testid="timeline">
              {timeline.map((item) => (
                <li key={item.key} className="border-s-4 border-brand-700 ps-3">
                  <p className="text-sm text-slate-700">
                    <time dateTime={item.at.toISOString()}>{dateTime(item.at)}</time>
                    {item.who ? ` · ${item.who}` : ''}
                  </p>
                  {'a' in item && item.a ? (
                    <p>
                      {t('attemptLine', { channel: t(`channels.${item.a.channel}`), outcome: t(`outcomes.${item.a.outcome}`) })}
                      {item.a.note ? <span className="block text-slate-800">{item.a.note}</span> : null}
                    </p>
                  ) : 'e' in item && item.e ? (
                    <p>
                      {item.e.kind === 'status_change'
                        ? t('eventStep', { from: steps[item.e.fromStatus as LeadStatus] ?? '—', to: steps[item.e.toStatus as LeadStatus] ?? '—' })
                        : t(`events.${item.e.kind}`)}
                      {item.e.kind === 'status_change' && item.e.meta && typeof item.e.meta.reason === 'string'
                        ? ` (${t(`closeReasons.${item.e.meta.reason}`)})`
                        : ''}
                      {item.e.note ? <span className="block text-slate-800">{item.e.note}</span> : null}
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          </Section>
        </div>

        {merged ? null : (
        <div className="space-y-4">
          <Section id="details-title" title={t('detailsTitle')}>
            <ActionForm
              idPrefix="details"
              action={updateLeadDetailsAction}
              fields={hidden([
                { kind: 'text', name: 'name', label: tp('name'), required: true, defaultValue: lead.name, maxLength: 100 },
                { kind: 'tel', name: 'phone', label: tp('phone'), required: true, defaultValue: lead.phone, maxLength: 32 },
                { kind: 'email', name: 'email', label: t('email'), defaultValue: lead.email ?? '', maxLength: 254 },
                { kind: 'select', name: 'language', label: t('language'), required: true, defaultValue: lead.preferredLanguage, options: LANGUAGE_CODES.map((c) => ({ value: c, label: tl(c) })) },
                {
                  kind: 'select',
                  name: 'neighbourhood',
                  label: t('wijk'),
                  required: true,
                  defaultValue: detail.wijkCode ?? 'other',
                  options: [...wijken.map((w) => ({ value: w.code, label: w.name })), { value: 'other', label: tp('neighbourhoodOther') }],
                },
                {
                  kind: 'radio',
                  name: 'forWhom',
                  label: t('forWhom'),
                  defaultValue: lead.forWhom,
                  options: [
                    { value: 'self', label: t('forWhomSelf') },
                    { value: 'other', label: t('forWhomOther') },
                  ],
                },
              ])}
              submitLabel={t('save')}
              messages={messages}
            />
          </Section>

          <Section id="assign-title" title={t('assignTitle')}>
            <ActionForm
              idPrefix="assign"
              action={assignLeadAction}
              fields={hidden([
                {
                  kind: 'select',
                  name: 'assignedTo',
                  label: t('assignedTo'),
                  defaultValue: lead.assignedToUserId ?? '',
                  placeholder: t('nobody'),
                  options: staff.map((s) => ({ value: s.id, label: s.id === user.id ? t('me', { name: s.name }) : s.name })),
                },
              ])}
              submitLabel={t('save')}
              messages={messages}
            />
          </Section>

          <Section id="intake-title" title={t('intakeTitle')}>
            <ActionForm
              idPrefix="intake"
              action={setIntakeAction}
              fields={hidden([
                { kind: 'datetime-local', name: 'intakeAt', label: t('intakeAt'), required: true, defaultValue: lead.intakeAt ? toLocalDateTimeInput(lead.intakeAt) : '' },
                { kind: 'text', name: 'intakePlace', label: t('intakePlace'), required: true, defaultValue: lead.intakePlace ?? 'Publieksplein', maxLength: 120 },
                { kind: 'checkbox', name: 'intakeAccompanied', label: t('intakeAccompanied'), defaultChecked: lead.intakeAccompanied },
              ])}
              submitLabel={t('save')}
              messages={messages}
            />
          </Section>

          <Section id="plan-title" title={t('planTitle')}>
            <ActionForm
              idPrefix="plan"
              action={setPlanAction}
              fields={hidden([
                {
                  kind: 'select',
                  name: 'providerId',
                  label: t('provider'),
                  defaultValue: lead.providerId ?? '',
                  placeholder: t('choose'),
                  options: providers.filter((p) => p.active || p.id === lead.providerId).map((p) => ({ value: p.id, label: p.name })),
                },
                { kind: 'text', name: 'courseType', label: t('courseType'), defaultValue: lead.courseType ?? '', maxLength: 120 },
                { kind: 'date', name: 'offerOn', label: t('offerOn'), defaultValue: lead.offerOn ?? '' },
                { kind: 'date', name: 'planSignedOn', label: t('planSignedOn'), defaultValue: lead.planSignedOn ?? '' },
                { kind: 'date', name: 'courseStartOn', label: t('courseStartOn'), defaultValue: lead.courseStartOn ?? '' },
              ])}
              submitLabel={t('save')}
              messages={messages}
            />
          </Section>

          <Section id="barriers-title" title={t('barriersTitle')}>
            <ActionForm
              idPrefix="barriers"
              action={setBarriersAction}
              fields={hidden([
                { kind: 'checkboxes', name: 'barriers', label: t('barriers'), defaultValues: lead.barriers, options: BARRIERS.map((b) => ({ value: b, label: t(`barrierNames.${b}`) })) },
                { kind: 'textarea', name: 'barrierNote', label: t('barrierNote'), defaultValue: lead.barrierNote ?? '', maxLength: 500 },
              ])}
              submitLabel={t('save')}
              messages={messages}
            />
          </Section>
        </div>
        )}
      </div>
    </>
  );
}
