import { describe, expect, it } from 'vitest';
import { hasNameColumns, isContactExport, mapHeaders, normaliseHeader, type HeaderMapping, type RosterField } from '@/utils/roster/headers';

/** The mapping as field → heading, and the ignored headings, so expectations read like the file. */
function named(headers: string[]): { fields: Partial<Record<RosterField, string>>; handles: string[]; ignored: string[] } {
  const m: HeaderMapping = mapHeaders(headers);
  const fields = Object.fromEntries(Object.entries(m.fields).map(([field, i]) => [field, headers[i]]));
  return { fields, handles: m.handles.map((i) => headers[i]!), ignored: m.ignored.map((i) => headers[i]!) };
}

describe('normaliseHeader', () => {
  it('ignores case, spaces, underscores and punctuation', () => {
    for (const h of ['Legal Forename', 'legal_forename', 'LEGAL-FORENAME', ' Legal  Forename: ', 'Legal.Forename*']) {
      expect(normaliseHeader(h)).toBe('legalforename');
    }
    expect(normaliseHeader('Date of Birth')).toBe(normaliseHeader('date_of_birth'));
    expect(normaliseHeader('Rôle')).toBe('role');
  });
});

describe('mapHeaders', () => {
  it('maps the canonical columns', () => {
    expect(named(['first_name', 'last_name', 'preferred_name', 'role', 'year_group', 'date_of_birth', 'left_on', 'handles'])).toEqual({
      fields: {
        firstName: 'first_name', lastName: 'last_name', preferredName: 'preferred_name', role: 'role',
        yearGroup: 'year_group', dateOfBirth: 'date_of_birth', leftOn: 'left_on',
      },
      handles: ['handles'],
      ignored: [],
    });
  });

  it('maps camelCase JSON keys the same way', () => {
    expect(named(['firstName', 'lastName', 'preferredName', 'preferredLastName', 'yearGroup', 'dateOfBirth', 'leftOn']).fields).toEqual({
      firstName: 'firstName', lastName: 'lastName', preferredName: 'preferredName', preferredLastName: 'preferredLastName',
      yearGroup: 'yearGroup', dateOfBirth: 'dateOfBirth', leftOn: 'leftOn',
    });
  });

  it('maps a SIMS pupil list and ignores UPN, Adno, Gender and Reg Group', () => {
    const headers = ['Adno', 'UPN', 'Legal Surname', 'Legal Forename', 'Preferred Surname', 'Preferred Forename', 'Gender', 'DOB', 'Year', 'Reg Group', 'Leaving Date'];
    expect(named(headers)).toEqual({
      fields: {
        firstName: 'Legal Forename', lastName: 'Legal Surname', preferredName: 'Preferred Forename', preferredLastName: 'Preferred Surname',
        dateOfBirth: 'DOB', yearGroup: 'Year', leftOn: 'Leaving Date',
      },
      handles: [],
      ignored: ['Adno', 'UPN', 'Gender', 'Reg Group'],
    });
  });

  it('maps SIMS "Year Group", "Date of Birth" and "Date of Leaving"', () => {
    expect(named(['Legal Forename', 'Legal Surname', 'Year Group', 'Date of Birth', 'Date of Leaving']).fields).toEqual({
      firstName: 'Legal Forename', lastName: 'Legal Surname', yearGroup: 'Year Group', dateOfBirth: 'Date of Birth', leftOn: 'Date of Leaving',
    });
  });

  it('maps a SIMS contacts report and ignores Title, Priority and Parental Responsibility', () => {
    const headers = ['Legal Forename', 'Legal Surname', 'Year', 'Contact Title', 'Contact Forename', 'Contact Surname', 'Relationship', 'Priority', 'Parental Responsibility'];
    const m = named(headers);
    expect(m.fields).toEqual({
      firstName: 'Legal Forename', lastName: 'Legal Surname', yearGroup: 'Year',
      contactFirstName: 'Contact Forename', contactLastName: 'Contact Surname', relationship: 'Relationship',
    });
    expect(m.ignored).toEqual(['Contact Title', 'Priority', 'Parental Responsibility']);
    expect(isContactExport(mapHeaders(headers))).toBe(true);
  });

  it('maps an Arbor student export: legal names win, and "First name" beside them is the preferred name', () => {
    expect(named(['First name', 'Last name', 'Legal first name', 'Legal last name', 'Year', 'Date of birth', 'Leaving date']).fields).toEqual({
      firstName: 'Legal first name', lastName: 'Legal last name', preferredName: 'First name', preferredLastName: 'Last name',
      yearGroup: 'Year', dateOfBirth: 'Date of birth', leftOn: 'Leaving date',
    });
    // With explicit preferred columns, those win and the plain ones are not used.
    const m = named(['First name', 'Last name', 'Legal first name', 'Legal last name', 'Preferred first name', 'Preferred last name']);
    expect(m.fields).toEqual({
      firstName: 'Legal first name', lastName: 'Legal last name', preferredName: 'Preferred first name', preferredLastName: 'Preferred last name',
    });
    expect(m.ignored).toEqual(['First name', 'Last name']);
  });

  it('maps an Arbor guardian export', () => {
    const headers = ['First name', 'Last name', 'Year', 'Guardian first name', 'Guardian last name', 'Relationship'];
    expect(named(headers).fields).toEqual({
      firstName: 'First name', lastName: 'Last name', yearGroup: 'Year',
      contactFirstName: 'Guardian first name', contactLastName: 'Guardian last name', relationship: 'Relationship',
    });
    expect(isContactExport(mapHeaders(headers))).toBe(true);
  });

  it('maps Bromcom student and contact exports', () => {
    expect(named(['Surname', 'Forename', 'Preferred Surname', 'Preferred Forename', 'Year Group', 'DOB', 'Leaving Date']).fields).toEqual({
      firstName: 'Forename', lastName: 'Surname', preferredName: 'Preferred Forename', preferredLastName: 'Preferred Surname',
      yearGroup: 'Year Group', dateOfBirth: 'DOB', leftOn: 'Leaving Date',
    });
    expect(named(['Forename', 'Surname', 'Year Group', 'Contact Forename', 'Contact Surname', 'Contact Relationship']).fields).toEqual({
      firstName: 'Forename', lastName: 'Surname', yearGroup: 'Year Group',
      contactFirstName: 'Contact Forename', contactLastName: 'Contact Surname', relationship: 'Contact Relationship',
    });
  });

  it('maps generic headings, with every social-network column read as handles', () => {
    const m = named(['Given name', 'Family name', 'Known as', 'Person type', 'Usernames', 'Instagram', 'TikTok', 'X', 'Twitter', 'Notes']);
    expect(m.fields).toEqual({ firstName: 'Given name', lastName: 'Family name', preferredName: 'Known as', role: 'Person type' });
    expect(m.handles).toEqual(['Usernames', 'Instagram', 'TikTok', 'X', 'Twitter']);
    expect(m.ignored).toEqual(['Notes']);
    expect(named(['First Name', 'Last Name', 'Nickname', 'Type', 'Social handles']).fields).toEqual({
      firstName: 'First Name', lastName: 'Last Name', preferredName: 'Nickname', role: 'Type',
    });
  });

  it('prefers "Year Group" to "Year", and never reads "Reg Group" as a year', () => {
    expect(named(['Forename', 'Surname', 'Year', 'Year Group', 'Reg Group']).fields.yearGroup).toBe('Year Group');
    expect(named(['Forename', 'Surname', 'Reg Group']).fields.yearGroup).toBeUndefined();
  });

  it('reads the first of two columns with the same heading', () => {
    expect(mapHeaders(['Forename', 'Surname', 'Forename']).fields.firstName).toBe(0);
  });

  it('uses preferred names as the names when a file has no others', () => {
    expect(named(['Known as', 'Preferred Surname']).fields).toEqual({ firstName: 'Known as', lastName: 'Preferred Surname' });
  });

  it('says whether the columns name people', () => {
    expect(hasNameColumns(mapHeaders(['Forename', 'Surname']))).toBe(true);
    expect(hasNameColumns(mapHeaders(['Contact Forename', 'Contact Surname']))).toBe(true);
    expect(hasNameColumns(mapHeaders(['Forename', 'Year']))).toBe(false);
    expect(hasNameColumns(mapHeaders(['Invoice Number', 'Supplier', 'Net', 'VAT']))).toBe(false);
    expect(isContactExport(mapHeaders(['Forename', 'Surname']))).toBe(false);
  });
});
