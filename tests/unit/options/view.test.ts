import { describe, expect, it } from 'vitest';
import { anchorIn, viewFor } from '@/entrypoints/options/view';

describe('viewFor', () => {
  it('opens the view an address names, or the one holding the anchor it names', () => {
    expect(viewFor('#school', 'you', false)).toBe('school');
    expect(viewFor('#you', 'school', true)).toBe('you');
    // The popup's "Your log" link, even on a computer with nothing set up yet.
    expect(viewFor('#audit-heading', null, true)).toBe('you');
    expect(viewFor('#hours-heading', 'you', false)).toBe('school');
  });

  it('keeps the view shown for any other link within the page', () => {
    expect(viewFor('#field-dsl-email', 'school', false)).toBe('school');
    expect(viewFor('', 'school', false)).toBe('school');
  });

  it('with no address, opens where setting up starts on a new computer, else For you', () => {
    expect(viewFor('', null, true)).toBe('school');
    expect(viewFor('', null, false)).toBe('you');
  });
});

describe('anchorIn', () => {
  it('names the part of a view to go to, never the view itself', () => {
    expect(anchorIn('#audit-heading')).toBe('audit-heading');
    expect(anchorIn('#you')).toBeNull();
    expect(anchorIn('')).toBeNull();
  });
});
