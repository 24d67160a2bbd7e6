import { z } from 'zod';
import { officialRegexSource } from '@/utils/schedule/official';
import { scheduleProblems } from '@/utils/schedule/periods';
import { MAX_PACK_TEXT, parsePackText } from '@/rules/pack-text';

/**
 * The one settings schema. The options page, the settings file import and enterprise policy
 * (`storage.managed`) all read it, and `public/managed_schema.json` is generated from it, so the
 * descriptions here are what an IT admin sees in Google Admin or Intune: plain British English.
 */

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date in YYYY-MM-DD form (rejects 2026-02-30). */
const isoDate = z
  .string()
  .regex(DATE, { message: 'must be a date written as YYYY-MM-DD, for example 2026-09-03', abort: true })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'is not a real date');

const time = z.string().regex(TIME, 'must be a 24-hour time written as HH:MM, for example 08:30');

/** A period of the day. The end may be earlier than the start: the period then runs past midnight. */
const period = z
  .tuple([time, time], { error: 'must be a pair of times, for example ["08:30", "15:30"]' })
  .refine(([start, end]) => start !== end, 'must not start and end at the same time');

const day = z.strictObject({
  hours: z.array(period).default([]).describe('Working periods on this day, each a pair of times such as ["08:30", "15:30"].'),
  breaks: z.array(period).default([]).describe('Designated breaks within those hours, when personal use is allowed.'),
});

const workday = (hours: [string, string][], breaks: [string, string][]) => ({ hours, breaks });
const SCHOOL_DAY = workday([['08:30', '15:30']], [['10:30', '10:45'], ['12:00', '13:00']]);
const NO_HOURS = workday([], []);

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

const httpsUrl = z
  .string()
  .trim()
  .refine((s) => {
    if (s === '') return true;
    try {
      return new URL(s).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be a full web address starting with https://, or left empty');

/**
 * Where reports are delivered: HTTPS, or plain HTTP to this computer only (a receiver on localhost, as
 * tests and a school's own relay may use). Evidence about children never crosses a network in clear.
 */
const webhookUrl = z
  .string()
  .trim()
  .max(2048)
  .refine((s) => {
    if (s === '') return true;
    try {
      const url = new URL(s);
      return url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
    } catch {
      return false;
    }
  }, 'must be a full web address starting with https:// (http:// only for localhost), or left empty');

/**
 * The school's website as an admin would type it: a full address or a bare domain
 * ("riverside.sch.uk", "www.riverside.sch.uk/news"). It is only ever matched in text, never fetched.
 */
const website = z
  .string()
  .trim()
  .max(300)
  .refine((s) => {
    if (s === '') return true;
    try {
      const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `https://${s}`);
      return (url.protocol === 'https:' || url.protocol === 'http:') && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname);
    } catch {
      return false;
    }
  }, 'must be the school’s web address, such as riverside.sch.uk or https://www.riverside.sch.uk, or left empty');

const email = z.union([z.literal(''), z.email('must be an e-mail address, for example dsl@school.sch.uk')]);

export const WorkingHoursMode = z.enum(['block', 'warn', 'off']);

export const Settings = z.strictObject({
  schoolName: z.string().trim().max(200).default('').describe('The school’s name as staff and parents write it.'),
  schoolAliases: z
    .array(z.string().trim().min(1, 'must not be empty').max(200))
    .default([])
    .describe('Other names for the school: short names, initials, old names, the words of its logo.'),
  schoolWebsite: website.default('').describe('The school’s website, such as riverside.sch.uk (a bare domain is fine). It is never fetched.'),
  policyPack: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be the id of a policy pack, such as "model" or "secondary-school"')
    .default('model')
    .describe('Which policy pack applies: "model" (the default) or the id of the school’s own pack.'),
  schoolPack: z
    .string()
    .max(MAX_PACK_TEXT, 'is too large to be a policy pack (over 2 MB)')
    .default('')
    .superRefine((text, ctx) => {
      if (text.trim() === '') return;
      for (const p of parsePackText(text).problems) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
    })
    .describe('The school’s own policy pack, delivered by policy: the whole text of the pack file. Set policyPack to its id to use it. Leave empty to use a pack Chalkline ships.'),
  dsl: z
    .strictObject({
      name: z.string().trim().max(200).default('').describe('The Designated Safeguarding Lead’s name.'),
      email: email.default('').describe('Where reports to the DSL are sent.'),
      phone: z.string().trim().max(40).optional().describe('The DSL’s telephone number, shown to staff.'),
    })
    .default({ name: '', email: '' })
    .describe('The Designated Safeguarding Lead, who receives reports.'),
  staffName: z.string().trim().max(200).default('').describe('The staff member’s name, as it should appear on their reports to the DSL.'),
  reportWebhookUrl: webhookUrl
    .default('')
    .describe('An HTTPS address that receives reports. Leave empty to send reports by e-mail or as a file.'),
  reportWebhookSecret: z
    .union([z.literal(''), z.string().trim().regex(/^whsec_[A-Za-z0-9+/]{16,}={0,2}$/, 'must be a signing secret starting with whsec_ followed by base64')])
    .default('')
    .describe('The secret that signs each report the Standard Webhooks way (whsec_…), so the receiver can check it came from Chalkline. Leave empty to send unsigned.'),
  reportFormat: z
    .enum(['json', 'teams'], { error: 'must be "json" or "teams"' })
    .default('json')
    .describe('What the report address expects: "json" (the full report with its screenshot) or "teams" (a Microsoft Teams Workflows card: a summary and the hashes, no image).'),
  roster: z
    .strictObject({
      url: httpsUrl.default('').describe('Where the school publishes its roster file (CSV or JSON), starting with https://.'),
      refreshMinutes: z
        .number({ error: 'must be a number of minutes' })
        .int('must be a whole number of minutes')
        .min(15, 'must be at least 15 minutes')
        .max(10080, 'must be at most 10080 minutes (one week)')
        .default(360)
        .describe('How often, in minutes, the roster is fetched again.'),
    })
    .default({ url: '', refreshMinutes: 360 })
    .describe('The roster of pupils, former pupils, parents and staff that Chalkline checks contacts against.'),
  workingHours: z
    .strictObject({
      mode: WorkingHoursMode.default('block').describe(
        'What happens during working hours: "block" pauses personal social media, "warn" shows a reminder, "off" does nothing.',
      ),
      timeZone: z
        .string()
        .refine(isTimeZone, 'must be a time zone name such as "Europe/London"')
        .default('Europe/London')
        .describe('The school’s time zone.'),
      week: z
        .strictObject({
          mon: day.default(SCHOOL_DAY),
          tue: day.default(SCHOOL_DAY),
          wed: day.default(SCHOOL_DAY),
          thu: day.default(SCHOOL_DAY),
          fri: day.default(SCHOOL_DAY),
          sat: day.default(NO_HOURS),
          sun: day.default(NO_HOURS),
        })
        .default({ mon: SCHOOL_DAY, tue: SCHOOL_DAY, wed: SCHOOL_DAY, thu: SCHOOL_DAY, fri: SCHOOL_DAY, sat: NO_HOURS, sun: NO_HOURS })
        .describe('The working week: hours and breaks for each day.'),
      termDates: z
        .array(
          z
            .strictObject({ start: isoDate, end: isoDate })
            .refine((t) => t.start <= t.end, 'the term must not end before it starts'),
        )
        .default([])
        .describe('Term dates, each with a start and end date (YYYY-MM-DD). Leave empty to treat every week as term time.'),
      closures: z
        .array(isoDate)
        .default([])
        .describe('Days the school is closed within term (YYYY-MM-DD). INSET days are working days: do not list them.'),
      bankHolidays: z
        .enum(['england-and-wales', 'none'], { error: 'must be "england-and-wales" or "none"' })
        .default('england-and-wales')
        .describe('Which bank holidays close the school: "england-and-wales" (shipped with Chalkline) or "none" (list them as closures instead).'),
    })
    .default({
      mode: 'block',
      timeZone: 'Europe/London',
      week: { mon: SCHOOL_DAY, tue: SCHOOL_DAY, wed: SCHOOL_DAY, thu: SCHOOL_DAY, fri: SCHOOL_DAY, sat: NO_HOURS, sun: NO_HOURS },
      termDates: [],
      closures: [],
      bankHolidays: 'england-and-wales',
    })
    .superRefine((hours, ctx) => {
      // Each time is valid on its own by now; these are the ones that make no sense together.
      for (const p of scheduleProblems(hours.week)) ctx.addIssue({ code: 'custom', path: p.path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)), message: p.message });
    })
    .describe('When personal social media is paused.'),
  privacyReviewDays: z
    .number({ error: 'must be a number of days' })
    .int('must be a whole number of days')
    .min(7, 'must be at least 7 days')
    .max(366, 'must be at most 366 days')
    .default(90)
    .describe('How often, in days, staff are walked through their privacy settings.'),
  logRetentionDays: z
    .number({ error: 'must be a number of days' })
    .int('must be a whole number of days')
    .min(30, 'must be at least 30 days')
    .max(1095, 'must be at most 1,095 days (three years)')
    .default(365)
    .describe('How long, in days, the staff member’s own log keeps each entry (365, one school year, unless the school says otherwise).'),
  schoolOwnedDevice: z
    .boolean({ error: 'must be true or false' })
    .default(false)
    .describe('Set to true on school computers: personal social media is then paused at all times.'),
  officialAccounts: z
    .array(
      z
        .string()
        .trim()
        .min(1, 'must not be empty')
        .max(500)
        .refine((p) => officialRegexSource(p) !== null, 'must be a web address, with * for “anything here”, for example https://x.com/OurSchool*'),
    )
    .default([])
    .describe('Addresses of the school’s official accounts, which stay open during working hours (for example https://x.com/OurSchool*).'),
});

export type Settings = z.infer<typeof Settings>;
export type SettingsInput = z.input<typeof Settings>;
export type SettingsKey = keyof Settings;

/** Every top-level settings key, in the order the options page shows them. */
export const SETTINGS_KEYS = Object.keys(Settings.shape) as SettingsKey[];

/** The settings a new installation starts with. */
export const DEFAULT_SETTINGS: Settings = Settings.parse({});
