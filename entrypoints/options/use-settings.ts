import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SectionOutcome } from '@/components/options/SectionForm';
import type { Pack } from '@/rules/schema';
import { settingsToDraft, type SettingsDraft } from '@/utils/config/form';
import { hostAccessFor } from '@/utils/config/host-access';
import { checkLayer, type ResolvedSettings, type SettingProblem } from '@/utils/config/merge';
import { isDirty, rebaseDraft, SECTIONS, sectionLayer, type SectionId } from '@/utils/config/sections';
import { readLocalLayer, writeLocalLayer } from '@/utils/config/store';
import { t, type MessageKey } from '@/utils/i18n';
import { onMessage, sendMessage } from '@/utils/messaging';
import { storageFailure } from '@/utils/storage/failure';

/**
 * Asks the browser to let Chalkline reach the school's servers directly (see {@link hostAccessFor}).
 * Declining is fine: a server that answers CORS still works.
 */
export function requestHostAccess(urls: (string | undefined)[]): void {
  const origins = hostAccessFor(urls);
  if (origins.length) void browser.permissions.request({ origins }).catch(() => false);
}

const SAVED: Record<SectionId, MessageKey> = {
  you: 'savedYou',
  school: 'savedSchool',
  dsl: 'savedDsl',
  roster: 'savedRoster',
  hours: 'savedHours',
  privacy: 'savedPrivacy',
};

/** Writes a layer over the staff member's own settings; the error, in plain words, if it could not. */
export async function writeOver(layer: Record<string, unknown>, what: string): Promise<string | null> {
  try {
    await writeLocalLayer({ ...(await readLocalLayer()), ...layer });
    return null;
  } catch (error) {
    return storageFailure(error, what);
  }
}

/**
 * The settings in force and the form's draft of them, one section saved at a time. When the settings
 * change underneath (a save, an import, policy arriving) the fields being edited keep what was typed.
 */
export function useSettings() {
  const [resolved, setResolved] = useState<ResolvedSettings | null>(null);
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [customPacks, setCustomPacks] = useState<Pack[]>([]);
  const [policyPending, setPolicyPending] = useState(false);
  const [outcomes, setOutcomes] = useState<Partial<Record<SectionId, SectionOutcome>>>({});
  const [problems, setProblems] = useState<Partial<Record<SectionId, SettingProblem[]>>>({});
  const base = useRef<SettingsDraft | null>(null);
  const settled = useRef<(keyof SettingsDraft)[]>([]);

  useEffect(() => {
    // The background answers at once, with the policy as last read while this start's read is slow.
    const refresh = () =>
      void sendMessage('getSettings', {}).then((state) => {
        const next = settingsToDraft(state.resolved.settings);
        setDraft((d) => (d && base.current ? rebaseDraft(d, base.current, next, settled.current) : next));
        base.current = next;
        settled.current = [];
        setResolved(state.resolved);
        setCustomPacks(state.packs);
        setPolicyPending(state.policyPending);
      });
    refresh();
    return onMessage('settingsChanged', refresh);
  }, []);

  const setOutcome = (id: SectionId, outcome: SectionOutcome, found: SettingProblem[] = []) => {
    setOutcomes((o) => ({ ...o, [id]: outcome }));
    setProblems((p) => ({ ...p, [id]: found }));
  };

  /** Checks and saves one section; says what happened beside its button. */
  const saveSection = async (id: SectionId) => {
    if (!resolved || !draft) return;
    const { layer, problems: unreadable } = sectionLayer(id, draft, resolved.locked);
    // Browsers only ask for a permission during a click, so ask now, before anything is awaited.
    const rosterUrl = (layer.roster as { url?: string } | undefined)?.url;
    const reportUrl = layer.reportWebhookUrl as string | undefined;
    requestHostAccess([rosterUrl !== resolved.settings.roster.url ? rosterUrl : undefined, reportUrl !== resolved.settings.reportWebhookUrl ? reportUrl : undefined]);
    const all = [...unreadable, ...checkLayer(layer).problems];
    if (all.length) {
      setOutcome(id, { tone: 'error', title: t('sectionNotSaved'), intro: t('saveFailedIntro'), problems: all }, all);
      return;
    }
    settled.current = [...SECTIONS[id].fields];
    const failed = await writeOver(layer, t('sectionWhat'));
    if (failed) {
      settled.current = [];
      setOutcome(id, { tone: 'error', title: t('sectionNotSaved'), intro: failed, problems: [] });
      return;
    }
    setOutcome(id, { tone: 'ok', title: t(SAVED[id]), problems: [] });
  };

  const dirty = (id: SectionId) => Boolean(draft && base.current && isDirty(id, draft, base.current));

  return { resolved, draft, setDraft, customPacks, setCustomPacks, policyPending, outcomes, problems, setOutcome, saveSection, dirty };
}
