import { describe, expect, it } from 'vitest';
import { hostAccessFor } from '@/utils/config/host-access';

describe('host access asked for on save', () => {
  it('asks for each https server once, by origin', () => {
    expect(hostAccessFor(['https://mis.school.example/roster.csv?k=1', 'https://mis.school.example/reports', 'https://prod-07.uksouth.logic.azure.com:443/workflows/abc'])).toEqual([
      'https://mis.school.example/*',
      'https://prod-07.uksouth.logic.azure.com/*',
    ]);
  });

  it('asks for nothing for localhost over http, empty fields or text that is not an address', () => {
    expect(hostAccessFor(['http://localhost:8080/hook', undefined, '', 'not a url', 'ftp://files.example/'])).toEqual([]);
  });
});
