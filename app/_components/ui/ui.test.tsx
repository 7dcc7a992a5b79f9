import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FormState } from '@/lib/actions/form-state';
import { formFeedback } from './form-feedback';
import { DescriptionList, optionalItem } from './description-list';
import { FilterInput } from './filter-field';
import { PasswordField } from './form-field';
import { BarTable, DataTable, ResponsiveTable, RowHeader, Td, Tr } from './table';

const labels = { name: 'Naam', phone: 'Telefoon', consent: 'Toestemming' };
const texts: Record<string, string> = { required: 'Vul dit in', phoneInvalid: 'Geen geldig nummer', saved: 'Opgeslagen', conflict: 'Iemand anders was eerder' };
const opts = { labels, message: (k: string) => texts[k], fallbackFieldError: 'Klopt niet', summaryTitle: 'Controleer de velden' };

describe('formFeedback (what a client form shows for its FormState)', () => {
  const failed: FormState = {
    status: 'error',
    formError: 'invalidForm',
    // the action returns errors in its own order; the summary follows the form
    fieldErrors: { consent: 'required', phone: 'phoneInvalid', name: 'mystery' },
    values: { name: 'Ayaan', phone: '06-xx' },
  };

  it('keeps what was typed after a failed submit, and nothing otherwise', () => {
    expect(formFeedback(failed, opts).values).toEqual({ name: 'Ayaan', phone: '06-xx' });
    expect(formFeedback({ status: 'success', values: { name: 'x' } }, opts).values).toEqual({});
  });

  it('gives each field its error in the user language, with a fallback for unknown keys', () => {
    const f = formFeedback(failed, opts);
    expect(f.error('phone')).toBe('Geen geldig nummer');
    expect(f.error('name')).toBe('Klopt niet');
    expect(f.error('note')).toBeUndefined();
  });

  it('lists the errors in the order of the form, linking to the field ids', () => {
    const f = formFeedback(failed, { ...opts, idPrefix: 'rate' });
    expect(f.summary?.title).toBe('Controleer de velden');
    expect(f.summary?.errors).toEqual([
      { field: 'rate-name', label: 'Naam', message: 'Klopt niet' },
      { field: 'rate-phone', label: 'Telefoon', message: 'Geen geldig nummer' },
      { field: 'rate-consent', label: 'Toestemming', message: 'Vul dit in' },
    ]);
  });

  it('titles the summary with a specific form error, and has no summary unless the submit failed', () => {
    expect(formFeedback({ status: 'error', formError: 'conflict' }, opts).summary).toEqual({ title: 'Iemand anders was eerder', errors: [] });
    expect(formFeedback({ status: 'idle' }, opts).summary).toBeNull();
    expect(formFeedback({ status: 'success', message: 'saved' }, opts).success).toBe('Opgeslagen');
  });
});

describe('DataTable', () => {
  const render = (rows: string[], sort?: 'ascending' | 'descending') =>
    renderToStaticMarkup(
      <DataTable caption="Ambassadeurs" captionHidden columns={[{ header: 'Naam', sort: sort ?? 'none' }, { header: 'Aantal', numeric: true }]} rowCount={rows.length} empty="Nog geen ambassadeurs">
        {rows.map((r) => (
          <Tr key={r}>
            <RowHeader>{r}</RowHeader>
            <Td numeric>1</Td>
          </Tr>
        ))}
      </DataTable>,
    );

  it('always has a caption and scoped header cells', () => {
    const html = render(['Amina']);
    expect(html).toMatch(/<caption class="sr-only">Ambassadeurs<\/caption>/);
    expect(html.match(/<th scope="col"/g)).toHaveLength(2);
    expect(html).toContain('<th scope="row"');
  });

  it('can be scrolled with the keyboard when it is wider than the screen (its box takes focus)', () => {
    expect(render(['Amina'])).toMatch(/^<div tabindex="0" class="overflow-x-auto/);
  });

  it('marks only the column it is sorted by with aria-sort', () => {
    expect(render(['Amina'])).not.toContain('aria-sort');
    expect(render(['Amina'], 'descending').match(/aria-sort="descending"/g)).toHaveLength(1);
  });

  it('says there is nothing instead of showing an empty table', () => {
    const html = render([]);
    expect(html).not.toContain('<table');
    expect(html).toContain('Nog geen ambassadeurs');
  });

  it('BarTable writes each count as text and scales the bars to the largest', () => {
    const html = renderToStaticMarkup(
      <BarTable caption="Trechter" labelHeader="Stap" countHeader="Aantal" barHeader="Balk" rows={[{ key: 'a', label: 'Nieuw', count: 10 }, { key: 'b', label: 'Intake', count: 5 }]} />,
    );
    expect(html).toContain('<caption class="p-2 text-start font-semibold">Trechter</caption>');
    expect(html).toMatch(/>10<\/td>/);
    expect(html).toContain('width:100%');
    expect(html).toContain('width:50%');
  });
});

describe('DescriptionList', () => {
  it('pairs each term with its value, grouped in a div that carries the test id', () => {
    const html = renderToStaticMarkup(
      <DescriptionList
        items={[
          { key: 'source', term: 'Bron', description: 'Website' },
          { key: 'plans', term: 'Plannen', description: '3', testId: 'count-plans' },
        ]}
      />,
    );
    expect(html).toMatch(/^<dl[^>]*><div class="contents"><dt class="font-semibold">Bron<\/dt><dd>Website<\/dd><\/div>/);
    expect(html).toContain('<div class="contents" data-testid="count-plans"><dt class="font-semibold">Plannen</dt><dd>3</dd></div>');
  });

  it('leaves out the rows that are not there (null or false)', () => {
    const html = renderToStaticMarkup(
      <DescriptionList layout="totals" items={[{ key: 'a', term: 'Gesloten', description: '2' }, null, false, { key: 'b', term: 'Totaal', description: '9' }]} />,
    );
    expect(html.match(/<dt/g)).toHaveLength(2);
    expect(html.match(/<dd/g)).toHaveLength(2);
    expect(html).toContain('Totaal');
  });

  it('leaves out an optional row without a value, but shows a zero', () => {
    const html = renderToStaticMarkup(
      <DescriptionList items={[optionalItem('phone', 'Telefoon', null), optionalItem('address', 'Adres', ''), optionalItem('count', 'Aantal', 0), optionalItem('wijk', 'Wijk', 'Meerzicht')]} />,
    );
    expect(html).not.toContain('Telefoon');
    expect(html).not.toContain('Adres');
    expect(html).toContain('<dt class="font-semibold">Aantal</dt><dd>0</dd>');
    expect(html).toContain('<dt class="font-semibold">Wijk</dt><dd>Meerzicht</dd>');
  });
});

describe('FilterInput', () => {
  it('puts the hint under the search box when asked, still tied to it', () => {
    const html = renderToStaticMarkup(<FilterInput id="sm-q" name="q" type="search" label="Zoek" hint="Een woord" hintAfter value="schulden" maxLength={200} />);
    expect(html.indexOf('<input')).toBeLessThan(html.indexOf('id="sm-q-hint"'));
    expect(html).toContain('aria-describedby="sm-q-hint"');
    expect(html).toContain('maxLength="200"');
    expect(html).toContain('value="schulden"');
  });

  it('puts the hint between label and control by default', () => {
    const html = renderToStaticMarkup(<FilterInput id="f-m" name="month" type="month" label="Maand" hint="Kies een maand" />);
    expect(html.indexOf('id="f-m-hint"')).toBeLessThan(html.indexOf('<input'));
  });
});

describe('PasswordField', () => {
  it('is a required password box of at most 512 characters that never gets a value', () => {
    const html = renderToStaticMarkup(<PasswordField name="password" label="Wachtwoord" requiredLabel="verplicht" autoComplete="new-password" error="Te kort" />);
    expect(html).toMatch(/<input[^>]*type="password"/);
    expect(html).toContain('autoComplete="new-password"');
    expect(html).toContain('maxLength="512"');
    expect(html).toContain('required=""');
    expect(html).toContain('aria-invalid="true"');
    expect(html).not.toContain('value=');
  });
});

describe('ConfirmStep and ErrorSummary (no one-click damage; focus after a failed submit)', () => {
  it('puts the real form behind a closed <details> whose first button looks destructive and says what happens', async () => {
    const { ConfirmStep } = await import('./confirm');
    const html = renderToStaticMarkup(
      <ConfirmStep label="Van dienst halen" name="Van dienst halen: Hodan" consequence="Hodan gaat van de dienst af.">
        <form>
          <button type="submit">Ja, haal Hodan van de dienst</button>
        </form>
      </ConfirmStep>,
    );
    expect(html).toMatch(/^<details (?![^>]*\bopen\b)/);
    const summary = html.match(/<summary[^>]*>.*?<\/summary>/)![0];
    expect(summary).toContain('text-red-800');
    expect(summary).not.toContain('bg-brand-700');
    expect(summary).toContain('Van dienst halen: Hodan');
    expect(summary).not.toContain('<form');
    expect(html.indexOf('Hodan gaat van de dienst af.')).toBeLessThan(html.indexOf('<form'));
  });

  it('renders the error summary focusable and with autofocus, so a page posted without JavaScript starts there', async () => {
    const { ErrorSummary } = await import('./form-field');
    const html = renderToStaticMarkup(<ErrorSummary title="Controleer de velden" errors={[{ field: 'name', label: 'Naam', message: 'Vul dit in' }]} />);
    expect(html).toMatch(/^<div tabindex="-1" autofocus="" role="alert"/);
    expect(html).toContain('href="#f-name"');
  });
});

describe('ResponsiveTable', () => {
  type Row = { id: string; name: string; status: string; note: string | null };
  const rows: Row[] = [
    { id: 'a', name: 'Amina', status: 'Verstuurd', note: null },
    { id: 'b', name: 'Bram', status: 'Geholpen', note: 'Belt terug' },
  ];
  const render = (list: Row[], breakpoint?: 'sm' | 'md' | 'lg') =>
    renderToStaticMarkup(
      <ResponsiveTable
        caption="Doorverwijzingen"
        captionHidden
        breakpoint={breakpoint}
        rows={list}
        rowKey={(r) => r.id}
        rowAttributes={(r) => ({ 'data-row-id': r.id })}
        empty="Nog geen doorverwijzingen"
        columns={[
          { key: 'name', header: 'Naam', cell: (r) => r.name },
          { key: 'status', header: 'Status', cell: (r) => r.status },
          { key: 'note', header: 'Notitie', cell: (r) => r.note },
        ]}
      />,
    );

  it('renders each row once, in one table that CSS restyles as cards below the breakpoint', () => {
    const html = render(rows);
    expect(html.match(/<table/g)).toHaveLength(1);
    expect(html).not.toContain('<ul');
    expect(html).toMatch(/<table role="table" class="responsive-table [^"]*cards-below-md/);
    expect(html.match(/data-row-id="a"/g)).toHaveLength(1);
    expect(html.match(/>Amina</g)).toHaveLength(1);
    expect(html.match(/<tr role="row" data-row-id="/g)).toHaveLength(2);
    expect(html.match(/<th role="columnheader" scope="col"/g)).toHaveLength(3);
    expect(html).toContain('<th role="rowheader" scope="row" data-col="name">Amina</th>');
  });

  it('labels each value with its column for the card, and leaves an empty value empty (CSS hides it there)', () => {
    const html = render(rows);
    const [amina, bram] = html.split('<tr role="row" data-row-id=').slice(1) as [string, string];
    expect(amina).toContain('<td role="cell" data-col="status" data-label="Status">Verstuurd</td>');
    expect(amina).toContain('<td role="cell" data-col="note" data-label="Notitie"></td>');
    expect(bram).toContain('<td role="cell" data-col="note" data-label="Notitie">Belt terug</td>');
  });

  it('on a phone swaps a sort link in the header for the column name, and gives a hidden header no visible label', () => {
    const html = renderToStaticMarkup(
      <ResponsiveTable
        caption="Lijst"
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          { key: 'name', header: <a href="?sort=name">Naam</a>, label: 'Naam', sort: 'ascending', cell: (r) => r.name },
          { key: 'status', header: 'Status', cell: (r) => r.status },
          { key: 'note', header: 'Notitie', hiddenHeader: true, cell: (r) => r.note },
        ]}
      />,
    );
    expect(html).toContain('aria-sort="ascending"');
    expect(html).toContain('<span class="rt-wide"><a href="?sort=name">Naam</a></span><span class="rt-narrow">Naam</span>');
    expect(html).toContain('<span class="sr-only">Notitie</span>');
    expect(html).toContain('<td role="cell" data-col="note"></td>');
  });

  it('switches at the breakpoint it is given', () => {
    const html = render(rows, 'lg');
    expect(html).toContain('cards-below-lg');
    expect(html).not.toContain('cards-below-md');
  });

  it('says there is nothing instead of an empty table and an empty list', () => {
    const html = render([]);
    expect(html).not.toContain('<table');
    expect(html).not.toContain('<ul');
    expect(html).toContain('Nog geen doorverwijzingen');
  });
});
