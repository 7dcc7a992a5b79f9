import { PlainActionForm } from '@/app/_components/plain-action-form';
import { Button } from '@/app/_components/ui/button';
import { Section } from '@/app/_components/ui/card';
import { renewCalendarAction } from '@/lib/shifts/actions';
import { shiftsText, touchButton } from './shared';

/** The personal calendar feed: its address, a download, and a new address (the old one stops working). */
export async function CalendarSection({ feedUrl }: { feedUrl: string }) {
  const { t } = await shiftsText();
  return (
    <Section id="calendar" title={t('calendarTitle')} card className="mt-8">
      <p className="mt-1">{t('calendarIntro')}</p>
      <label htmlFor="calendar-url" className="mt-3 block font-semibold">
        {t('calendarUrl')}
      </label>
      <input id="calendar-url" type="text" readOnly value={feedUrl} className="mt-1 block w-full rounded-md border border-slate-500 bg-slate-50 px-3 py-2.5 font-mono text-sm" />
      <p className="mt-3">
        <a href={feedUrl} className="font-semibold text-brand-700 underline" data-testid="calendar-download">
          {t('calendarDownload')}
        </a>
      </p>
      <PlainActionForm action={renewCalendarAction} className="mt-4 border-t border-slate-200 pt-3">
        <p className="mb-2">{t('calendarRenewIntro')}</p>
        <Button variant="secondary" block className={touchButton}>
          {t('calendarRenew')}
        </Button>
      </PlainActionForm>
    </Section>
  );
}
