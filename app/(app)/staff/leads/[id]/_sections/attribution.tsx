import { getTranslations } from 'next-intl/server';
import { Section } from '@/app/_components/ui/card';
import { DescriptionList } from '@/app/_components/ui/description-list';
import { getDb } from '@/db/client';
import { viaParticipant } from '@/lib/participants/queries';
import { type LeadDetail, leadFormat } from './shared';

/** Where the lead came from (source, ambassador, association, code, who entered it, consent) and what was merged into it. */
export async function AttributionSection({ detail }: { detail: LeadDetail }) {
  const t = await getTranslations('lead');
  const tsrc = await getTranslations('sources');
  const { date, dateTime } = await leadFormat();
  const { lead } = detail;
  const participant = await viaParticipant(getDb(), lead.id);
  return (
    <Section id="attr" title={t('attributionTitle')} card headingClassName="mb-3">
      <DescriptionList
        items={[
          { key: 'source', term: t('source'), description: tsrc(lead.source) },
          detail.ambassadorName
            ? { key: 'ambassador', term: t('ambassador'), description: `${detail.ambassadorName}${detail.partnerName ? ` ${t('withPartner', { name: detail.partnerName })}` : ''}` }
            : null,
          detail.associationName ? { key: 'association', term: t('association'), description: detail.associationName } : null,
          detail.networkOrganisationName && lead.networkOrganisationId
            ? { key: 'network', term: t('networkOrganisation'), description: <a className="text-brand-700 underline" href={`/staff/network/${lead.networkOrganisationId}`}>{detail.networkOrganisationName}</a> }
            : null,
          participant
            ? { key: 'participant', term: t('participant.via'), description: <a className="text-brand-700 underline" href={`/staff/leads/${participant.participantLeadId}`}>{participant.participantName}</a> }
            : null,
          lead.referralCode ? { key: 'code', term: t('referralCode'), description: lead.referralCode } : null,
          detail.createdByName ? { key: 'createdBy', term: t('createdBy'), description: detail.createdByName } : null,
          { key: 'createdAt', term: t('createdAt'), description: dateTime(lead.createdAt) },
          { key: 'consent', term: t('consent'), description: `${dateTime(lead.consentAt)} (${lead.consentVersion})` },
        ]}
      />
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
  );
}
