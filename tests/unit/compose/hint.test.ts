import { describe, expect, it, vi } from 'vitest';
import { noticed } from '@/components/compose-hint/ComposeHint';

vi.mock('@/utils/i18n', async () => ({ t: (await import('../support/messages')).britishEnglish }));

// The hint's frame is small: what it names must stay short however much was found.
describe('what the hint says was noticed', () => {
  it('names one or two kinds in full', () => {
    expect(noticed(['contact-details'])).toBe('contact details');
    expect(noticed(['roster-name', 'photo'])).toBe("a name from your school's roster and a photo");
  });

  it('names the first of three or more and counts the rest', () => {
    expect(noticed(['school-matters', 'complaint', 'offensive', 'photo'])).toBe("your school's internal business and 3 more things");
  });
});
