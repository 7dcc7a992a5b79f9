import { getTranslations } from 'next-intl/server';
import { PlainActionForm } from '@/app/_components/plain-action-form';
import { Button } from '@/app/_components/ui/button';
import { SavedPanel } from '@/app/_components/ui/alert';
import { undoUnassignAction } from '@/lib/shifts/actions';
import { UNDO_UNASSIGN_MS } from '@/lib/shifts/schema';

/**
 * The success message after taking someone off a shift, at the top of the event page: who it was
 * (the heading takes the focus), and the undo that puts them back for a few minutes.
 */
export async function UndoRemoval({ removed }: { removed: { shiftId: string; ambassadorId: string; name: string } }) {
  const t = await getTranslations('events');
  return (
    <SavedPanel title={t('done.unassignedName', { name: removed.name })} testId="undo-removal">
      <PlainActionForm action={undoUnassignAction} className="mt-2 flex flex-wrap items-center gap-3">
        <input type="hidden" name="shiftId" value={removed.shiftId} />
        <input type="hidden" name="ambassadorId" value={removed.ambassadorId} />
        <Button variant="secondary" size="small" aria-label={t('detail.undoName', { name: removed.name })}>
          {t('detail.undo')}
        </Button>
        <span className="text-sm">{t('detail.undoHint', { minutes: UNDO_UNASSIGN_MS / 60_000 })}</span>
      </PlainActionForm>
    </SavedPanel>
  );
}
