import { describe, expect, it } from 'vitest';
import { settingsToDraft } from '@/utils/config/form';
import { checkLayer } from '@/utils/config/merge';
import { DEFAULT_SETTINGS, SETTINGS_KEYS, type SettingsKey } from '@/utils/config/schema';
import { inSection, isDirty, rebaseDraft, SECTIONS, sectionLayer, type SectionId } from '@/utils/config/sections';

const BASE = settingsToDraft(DEFAULT_SETTINGS);
const IDS = Object.keys(SECTIONS) as SectionId[];

describe('the sections of the options page', () => {
  it('between them own every setting but the pack delivered as text, each exactly once', () => {
    const owned = IDS.flatMap((id) => SECTIONS[id].keys as readonly SettingsKey[]);
    expect([...owned].sort()).toEqual(SETTINGS_KEYS.filter((k) => k !== 'schoolPack').sort());
    expect(new Set(owned).size).toBe(owned.length);
    const fields = IDS.flatMap((id) => SECTIONS[id].fields as readonly string[]);
    expect([...fields].sort()).toEqual(Object.keys(BASE).sort());
  });

  it('save only their own keys, and those the school has not locked', () => {
    const draft = { ...BASE, schoolName: 'Oak Hill', dslName: 'Sam Patel', privacyReviewDays: '60' };
    expect(sectionLayer('school', draft, []).layer).toEqual({ schoolName: 'Oak Hill', schoolAliases: [], schoolWebsite: '', policyPack: DEFAULT_SETTINGS.policyPack });
    expect(Object.keys(sectionLayer('school', draft, ['schoolName']).layer)).not.toContain('schoolName');
    expect(sectionLayer('privacy', draft, []).layer).toEqual({ privacyReviewDays: 60, logRetentionDays: DEFAULT_SETTINGS.logRetentionDays });
    for (const id of IDS) expect(checkLayer(sectionLayer(id, BASE, []).layer).problems).toEqual([]);
  });

  it("report a half-filled row only in the section it belongs to", () => {
    const draft = { ...BASE, termDates: [{ start: '2026-09-03', end: '' }] };
    expect(sectionLayer('hours', draft, []).problems.map((p) => p.path)).toEqual(['workingHours.termDates[0]']);
    expect(sectionLayer('school', draft, []).problems).toEqual([]);
  });

  it('know which problems are theirs by path', () => {
    expect(inSection('dsl', 'dsl.email')).toBe(true);
    expect(inSection('hours', 'workingHours.week.mon.hours[0][1]')).toBe(true);
    expect(inSection('school', 'schoolNameExtra')).toBe(false);
    expect(inSection('school', 'dsl.name')).toBe(false);
  });

  it('are dirty only when one of their own fields changed', () => {
    const draft = { ...BASE, dslEmail: 'dsl@oakhill.sch.uk' };
    expect(IDS.filter((id) => isDirty(id, draft, BASE))).toEqual(['dsl']);
    const rows = { ...BASE, closures: ['2026-12-01'] };
    expect(IDS.filter((id) => isDirty(id, rows, BASE))).toEqual(['hours']);
  });
});

describe('rebaseDraft', () => {
  it('keeps what is being typed in one section when another is saved', () => {
    const typed = { ...BASE, schoolName: 'Oak Hill (typing)', dslName: 'Sam Patel' };
    const saved = { ...BASE, dslName: 'Sam Patel', dslEmail: '' };
    const next = rebaseDraft(typed, BASE, saved, SECTIONS.dsl.fields);
    expect(next.schoolName).toBe('Oak Hill (typing)');
    expect(next.dslName).toBe('Sam Patel');
  });

  it('follows the new settings in every field nobody touched (an import, policy arriving)', () => {
    const imported = { ...BASE, schoolName: 'Imported School', closures: ['2026-12-01'] };
    expect(rebaseDraft(BASE, BASE, imported)).toEqual(imported);
  });

  it('shows what was actually kept for the section just saved, not the keystrokes', () => {
    const typed = { ...BASE, schoolAliases: 'OHS\n\n  Oak Hill  ' };
    const kept = { ...BASE, schoolAliases: 'OHS\nOak Hill' };
    expect(rebaseDraft(typed, BASE, kept, SECTIONS.school.fields).schoolAliases).toBe('OHS\nOak Hill');
  });
});
