import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type Role, can, type Permission } from '@/lib/auth/permissions';

/*
 * Authorization: the onboarding actions ask the gate for 'onboarding.import'; a coordinator, a
 * caseworker, an ambassador or an association is refused before anything is read or written.
 */
let role: Role = 'admin';
const asked: Permission[] = [];
vi.mock('@/lib/auth/gate', () => ({
  getCurrentUser: async () => ({ id: 'u1', role }),
  requirePermission: async (permission: Permission) => {
    asked.push(permission);
    if (!can(role, permission)) throw Object.assign(new Error('NEXT_HTTP_ERROR_FALLBACK;403'), { digest: 'NEXT_HTTP_ERROR_FALLBACK;403' });
    return { id: 'u1', role };
  },
}));
const previewOnboarding = vi.fn(async () => ({ batchId: '00000000-0000-4000-8000-000000000000', rowCount: 1, validCount: 1, failedCount: 0 }));
const confirmOnboarding = vi.fn(async () => ({ kind: 'providers', created: 1, updated: 0, unchanged: 0 }));
vi.mock('./mutations', () => ({ previewOnboarding, confirmOnboarding }));
vi.mock('@/db/client', () => ({ getDb: () => ({}) }));
vi.mock('next-intl/server', () => ({ getTranslations: async () => Object.assign((k: string) => k, { has: () => false }) }));

const { confirmOnboardingAction, previewOnboardingAction } = await import('./actions');

const upload = () => {
  const fd = new FormData();
  fd.set('kind', 'providers');
  fd.set('file', new File(['Naam\r\nTaalschool'], 'p.csv', { type: 'text/csv' }));
  return fd;
};
const confirm = () => {
  const fd = new FormData();
  fd.set('batchId', '00000000-0000-4000-8000-000000000000');
  return fd;
};

describe('onboarding actions: who may import', () => {
  beforeEach(() => {
    asked.length = 0;
    previewOnboarding.mockClear();
    confirmOnboarding.mockClear();
  });

  it.each(['coordinator', 'caseworker', 'ambassador', 'association', 'coach'] as const)('a %s cannot preview or confirm a file', async (r) => {
    role = r;
    await expect(previewOnboardingAction({ status: 'idle' }, upload())).rejects.toThrow(/403/);
    await expect(confirmOnboardingAction({ status: 'idle' }, confirm())).rejects.toThrow(/403/);
    expect(asked).toEqual(['onboarding.import', 'onboarding.import']);
    expect(previewOnboarding).not.toHaveBeenCalled();
    expect(confirmOnboarding).not.toHaveBeenCalled();
  });

  it('the administrator can (and is sent to the batch page)', async () => {
    role = 'admin';
    const e = await previewOnboardingAction({ status: 'idle' }, upload()).catch((x: unknown) => x);
    expect(String((e as { digest?: string }).digest)).toContain('/admin/import/00000000-0000-4000-8000-000000000000');
    expect(previewOnboarding).toHaveBeenCalledOnce();
    const c = await confirmOnboardingAction({ status: 'idle' }, confirm()).catch((x: unknown) => x);
    expect(String((c as { digest?: string }).digest)).toContain('NEXT_REDIRECT');
    expect(confirmOnboarding).toHaveBeenCalledOnce();
  });
});
