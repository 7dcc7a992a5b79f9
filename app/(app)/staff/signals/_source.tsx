import type { getTranslations } from 'next-intl/server';
import { DataBadge } from '@/app/_components/ui/badge';

type T = Awaited<ReturnType<typeof getTranslations<'signalsInbox'>>>;

interface SignalSource {
  source: 'association' | 'ambassador';
  associationName: string | null;
  authorName: string | null;
  kind: 'potential_participants' | 'community_development' | 'concern' | null;
  themeName: string | null;
  wijkName: string | null;
  urgent: boolean;
  residentInvolved: boolean;
}

/** Where a signal came from and what it is about: an association's kind, or an ambassador's theme and wijk. */
export function SignalSourceLine({ t, s }: { t: T; s: SignalSource }) {
  if (s.source === 'ambassador') {
    return (
      <>
        {s.urgent ? <DataBadge tone="danger">{t('urgent')}</DataBadge> : null}
        <DataBadge tone="info">{t('sourceAmbassador')}</DataBadge>
        <span className="font-semibold">{s.themeName}</span>
        {s.wijkName ? <span>· {s.wijkName}</span> : null}
        <span>· {s.authorName ? t('fromAmbassador', { name: s.authorName }) : t('fromAmbassadorNoName')}</span>
        {s.residentInvolved ? <span>· {t('residentInvolved')}</span> : null}
      </>
    );
  }
  const association = s.associationName ?? '';
  return (
    <>
      <DataBadge tone="neutral">{t('sourceAssociation')}</DataBadge>
      {s.kind ? <span className="font-semibold">{t(`kinds.${s.kind}`)}</span> : null}
      <span>· {s.authorName ? t('fromBy', { association, name: s.authorName }) : t('from', { association })}</span>
    </>
  );
}
