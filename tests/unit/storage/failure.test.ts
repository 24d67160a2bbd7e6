import { describe, expect, it } from 'vitest';
import { storageFailure } from '@/utils/storage/failure';

describe('storageFailure', () => {
  it('says a full disk in plain words, and that nothing changed', () => {
    expect(storageFailure(new DOMException('quota', 'QuotaExceededError'), 'the roster')).toBe(
      'There is no room left on this computer to keep the roster. Free some space and try again; nothing was changed.',
    );
  });

  it('names any other failure, so it can be reported', () => {
    expect(storageFailure(new Error('The database connection is closing.'), 'your settings')).toBe(
      'Your settings could not be saved on this computer (The database connection is closing.); nothing was changed.',
    );
  });
});
