import { describe, expect, it } from 'vitest';
import { hostAccessFor, unusedHostAccess } from '@/utils/config/host-access';

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

describe('host access no longer used', () => {
  it('drops a school server the settings no longer name, never a guarded network or one in use', () => {
    const required = ['https://*.x.com/*', 'https://web.whatsapp.com/*'];
    const granted = [...required, 'https://old-mis.school.example/*', 'https://reports.school.example/*', 'https://new-mis.school.example/*'];
    expect(unusedHostAccess(granted, required, ['https://new-mis.school.example/*', 'https://reports.school.example/*'])).toEqual(['https://old-mis.school.example/*']);
    expect(unusedHostAccess(granted, required, [])).toEqual(['https://old-mis.school.example/*', 'https://reports.school.example/*', 'https://new-mis.school.example/*']);
  });
});
