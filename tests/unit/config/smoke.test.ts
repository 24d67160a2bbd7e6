import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/config/schema';

describe('defaults', () => {
  it('start in the model pack with Europe/London hours', () => {
    expect(DEFAULT_SETTINGS.policyPack).toBe('model');
    expect(DEFAULT_SETTINGS.workingHours.timeZone).toBe('Europe/London');
  });
});
