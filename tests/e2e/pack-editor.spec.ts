import { expect, test } from './fixtures';
import { interstitial, loadSchool, openSite } from './support/contact';
import { axeViolations, layoutProblems, picture } from './support/screens';

// A DSL writes the school's own pack without JSON, from the model pack, with the school's own clause,
// checked against the policy they paste; the pack they save is loaded, and staff then read that clause.
const POLICY = `Oakfield Primary School: social media policy for staff (2026)
4. Contact with pupils
4.2 Staff must never befriend, follow or message a pupil
on a personal social media account.
5. Working hours
5.1 Personal social media is for breaks only.`;
const OWN_QUOTE = 'Staff must never befriend, follow or message a pupil on a personal social media account.';

test('a DSL writes the school\'s pack from the model, checked against their policy, and staff then read its clause', async ({ context, openExtensionPage }, info) => {
  test.setTimeout(60_000);
  await loadSchool(context);
  const options = await openExtensionPage('options.html#school');
  const [editor] = await Promise.all([context.waitForEvent('page'), options.getByRole('link', { name: "Write your school's own policy pack" }).click()]);
  await expect(editor.getByRole('heading', { level: 1, name: "Write your school's policy pack" })).toBeVisible();
  await expect(editor.getByLabel('Start from')).toHaveValue('model');

  await editor.getByLabel("Your school's name").fill('Oakfield Primary School');
  await editor.getByLabel("Your policy's text").fill(POLICY);
  // Turn a rule off; hold another less firmly.
  await editor.getByLabel('Use "Do not befriend former pupils under 19"').uncheck();
  await expect(editor.getByLabel('How firmly "Do not befriend former pupils under 19" holds')).toHaveCount(0);
  await editor.getByLabel('How firmly "Avoid befriending pupils\' parents" holds').selectOption('inform');
  // The school's own clause: checked word for word, whatever the line breaks.
  await editor.getByLabel('Your clause number or heading for "Do not befriend pupils"').fill('4.2');
  const quote = editor.getByLabel('Your policy\'s words for "Do not befriend pupils"');
  await quote.fill('Staff must never befriend a pupil.');
  await expect(quote).toHaveAccessibleDescription('Not found in your policy word for word. Copy the words from the policy itself.');
  await editor.getByRole('button', { name: 'Save the pack file' }).click();
  await expect(editor.getByRole('alert')).toContainText('Your policy\'s words for "Do not befriend pupils": is not in the policy you pasted, word for word');
  await quote.fill(OWN_QUOTE);
  await expect(quote).toHaveAccessibleDescription('Found in your policy, word for word.');

  // What staff will see: the school's own words, named for the school.
  await editor.getByRole('button', { name: 'Preview "Do not befriend pupils"' }).click();
  const preview = editor.getByRole('region', { name: '4. What staff will see' });
  await expect(preview.getByRole('heading', { level: 3 })).toHaveText('Do not befriend pupils');
  await expect(preview.locator('cite').first()).toHaveText("Oakfield Primary School's policy, 4.2:");
  await expect(preview).toContainText(OWN_QUOTE);
  // A rule with no words of its own says where it came from, never that it is this school's.
  await editor.getByRole('button', { name: 'Preview "This may be a pupil"' }).click();
  await expect(preview.getByRole('heading', { level: 3 })).toHaveText('This may be a pupil');
  await expect(preview).toContainText("Your school's policy (model): this rule is in Chalkline's model words, drawn from other schools' policies, not your school's own.");

  expect(await axeViolations(editor)).toEqual([]);
  await editor.setViewportSize({ width: 360, height: 800 });
  expect(await layoutProblems(editor)).toEqual([]);
  await picture(editor, info, 'pack-editor', { whole: false });

  // Saved as the DSL typed it: a reload loses nothing.
  await editor.reload();
  await expect(editor.getByLabel("Your school's name")).toHaveValue('Oakfield Primary School');
  await expect(editor.getByLabel('Your policy\'s words for "Do not befriend pupils"')).toHaveValue(OWN_QUOTE);

  const [packFile] = await Promise.all([editor.waitForEvent('download'), editor.getByRole('button', { name: 'Save the pack file' }).click()]);
  expect(packFile.suggestedFilename()).toBe('oakfield-primary-school-policy.json');
  const packText = (await (await packFile.createReadStream()).toArray()).join('');
  const [policyFile] = await Promise.all([editor.waitForEvent('download'), editor.getByRole('button', { name: 'Save the policy (policy file or registry)' }).click()]);
  const policy = JSON.parse((await (await policyFile.createReadStream()).toArray()).join('')) as { policyPack: string; schoolPack: string };
  expect(policy.policyPack).toBe('oakfield-primary-school-policy');
  expect(policy.schoolPack).toBe(packText);

  // Loaded on this computer, as a school without policy would, and chosen.
  await options.bringToFront();
  await options.getByLabel('Import policy pack').setInputFiles({ name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(packText) });
  await expect(options.locator('#settings-outcome').getByRole('status')).toContainText('Loaded the policy pack “Oakfield Primary School”');
  await options.getByLabel('Policy pack', { exact: true }).selectOption('oakfield-primary-school-policy');
  await options.getByRole('button', { name: 'Save school details' }).click();
  await expect(options.locator('#school-outcome').getByRole('status')).toHaveText('School details saved');

  // A member of staff follows a pupil: the warning quotes the school's own clause.
  const page = await openSite(context, 'x', 'profile', 'https://x.com/ellie.smith09');
  await page.locator('[data-testid="primaryColumn"] [data-testid$="-follow"]').click();
  const dialog = (await interstitial(page)).getByRole('alertdialog');
  await expect(dialog).toContainText("Oakfield Primary School's policy, 4.2:");
  await expect(dialog).toContainText(OWN_QUOTE);
});
