import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { isUuid } from '@/lib/actions/validation';
import { ENROL_PATH, getCurrentUser } from '@/lib/auth/gate';
import { can } from '@/lib/auth/permissions';
import { clientIp, hashIp } from '@/lib/security/ip';
import { publicUrl } from '@/lib/security/origin';
import { type CertificateScope, openCertificate } from '@/lib/training/certificate';
import { formatCode } from '@/lib/training/code';
import { renderCertificatePdf } from '@/lib/training/pdf';
import { moduleName } from '@/lib/training/queries';

export const dynamic = 'force-dynamic';

const plain = (status: number) =>
  new Response(status === 403 ? 'Forbidden' : 'Not found', { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' } });

/**
 * GET /api/certificates/:id — the certificate as a PDF, generated on the server: for its holder
 * (their own valid certificate; the owner check is in the query's WHERE) and for the coordinator.
 * Everyone else gets 403, anonymous visitors the login page. Read and audited in one call.
 */
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  const { id } = await params;
  if (!user) redirect(`/login?next=${encodeURIComponent(`/api/certificates/${id}`)}`);
  if (user.mustEnrol) redirect(ENROL_PATH);

  let scope: CertificateScope;
  if (can(user.role, 'training.manage')) scope = { kind: 'all' };
  else if (can(user.role, 'training.self') && user.ambassadorId) scope = { kind: 'ambassador', ambassadorId: user.ambassadorId };
  else return plain(403);
  if (!isUuid(id)) return plain(404);

  const found = await openCertificate(getDb(), { userId: user.id, ipHash: hashIp(clientIp(req.headers)) }, id, scope);
  // Someone else's certificate and one that does not exist look the same to an ambassador.
  if (!found) return plain(scope.kind === 'ambassador' ? 403 : 404);

  // The PDF is Dutch or English (its font covers Latin script only): an ambassador reading the
  // portal in Arabic, Dari or Turkish gets the English certificate.
  const current = (await getLocale()) === 'nl' ? 'nl' : 'en';
  const t = await getTranslations({ locale: current, namespace: 'training.pdf' });
  const format = await getFormatter({ locale: current });
  const { certificate, modules } = found;
  const bytes = await renderCertificatePdf(
    {
      title: t('title'),
      programme: t('programme'),
      declares: t('declares'),
      completed: t('completed'),
      modulesTitle: t('modulesTitle'),
      codeLabel: t('codeLabel'),
      checkAt: t('checkAt'),
      issuer: t('issuer'),
    },
    {
      holderName: certificate.holderName,
      issuedOn: format.dateTime(new Date(`${certificate.issuedOn}T12:00:00Z`), { dateStyle: 'long' }),
      modules: modules.map((m) => moduleName(m, current)),
      code: certificate.code,
      verifyUrl: publicUrl(`/certificaat/${formatCode(certificate.code)}`),
    },
  );
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': `attachment; filename="certificaat-${formatCode(certificate.code)}.pdf"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}
