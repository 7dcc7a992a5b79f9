import { describe, expect, it } from 'vitest';
import { currentHref } from './nav-current';

const STAFF = ['/staff', '/staff/leads', '/staff/leads/new', '/staff/social-map', '/staff/social-map/manage'];

describe('currentHref', () => {
  it('marks the page itself', () => {
    expect(currentHref('/staff/leads', STAFF)).toBe('/staff/leads');
    expect(currentHref('/staff', STAFF)).toBe('/staff');
  });

  it('marks the longest menu address a page lies under', () => {
    expect(currentHref('/staff/leads/0b6f3c1e-1111-4000-8000-000000000000', STAFF)).toBe('/staff/leads');
    expect(currentHref('/staff/leads/new', STAFF)).toBe('/staff/leads/new');
    expect(currentHref('/staff/social-map/manage/stale', STAFF)).toBe('/staff/social-map/manage');
    expect(currentHref('/staff/social-map/search', STAFF)).toBe('/staff/social-map');
  });

  it('does not take the area start page for every page of the area', () => {
    expect(currentHref('/staff/targets', STAFF)).toBeUndefined();
  });

  it('ignores a trailing slash and does not match a longer name', () => {
    expect(currentHref('/staff/leads/', STAFF)).toBe('/staff/leads');
    expect(currentHref('/staff/leadsx', STAFF)).toBeUndefined();
  });
});
