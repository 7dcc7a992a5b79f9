import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { SavedPanel } from '@/app/_components/ui/alert';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/auth/gate';
import { can } from '@/lib/auth/permissions';
import { assignableStaff, listProviders, openLeadRecord } from '@/lib/leads/journey/detail';
import { getStepNames } from '@/lib/leads/settings/queries';
import { listNeighbourhoods } from '@/lib/neighbourhoods/queries';
import { organisationOptions } from '@/lib/network/queries';
import { AttributionSection } from './_sections/attribution';
import { IntakeDeskSection } from './_sections/intake-desk';
import { ParticipantLinkSection } from './_sections/participant-link';
import { ContactWorkSections } from './_sections/contact-work';
import { LeadHeader } from './_sections/header';
import { MergeSection } from './_sections/merge';
import { RecordForms } from './_sections/record-forms';
import { StepSection } from './_sections/step';
import { TimelineSection } from './_sections/timeline';

/** One lead: its step, attribution, contact work and timeline; its record in forms (none once merged). */
export default async function LeadPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> }) {
  const user = await requireArea('staff');
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const db = getDb();
  // Opening a resident's record is logged (lead.viewed, ids only) by the same data-layer call.
  const detail = await openLeadRecord(db, user.id, id);
  if (!detail) notFound();

  const steps = await getStepNames(db, await getLocale(), (await getTranslations('steps')) as never);
  const [wijken, staff, providers, networks] = await Promise.all([listNeighbourhoods(db), assignableStaff(db), listProviders(db), organisationOptions(db)]);
  const { lead } = detail;
  const merged = !!lead.mergedIntoId;

  return (
    <>
      <LeadHeader lead={lead} steps={steps} />
      {(await searchParams).done === 'merged' && !merged ? (
        <div className="mb-4">
          <SavedPanel title={(await getTranslations('lead'))('mergedDone')} testId="merged-done">
            {null}
          </SavedPanel>
        </div>
      ) : null}
      <MergeSection detail={detail} steps={steps} />
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-4">
          {merged ? null : <StepSection lead={lead} steps={steps} />}
          <AttributionSection detail={detail} />
          <ParticipantLinkSection lead={lead} />
          {merged ? null : <ContactWorkSections lead={lead} />}
          <TimelineSection detail={detail} steps={steps} />
        </div>
        {merged ? null : (
          <div className="space-y-4">
            {can(user.role, 'intake.desk') ? <IntakeDeskSection detail={detail} /> : null}
            <RecordForms detail={detail} wijken={wijken} staff={staff} providers={providers} networks={networks} userId={user.id} />
          </div>
        )}
      </div>
    </>
  );
}
