import { useEffect, useState } from 'preact/hooks';
import { LeadQuote, MoreQuotes } from '@/components/Quote';
import { t, type MessageKey } from '@/utils/i18n';
import type { PopupRule } from '@/utils/report/popup-state';
import { REVIEW_ITEMS, type ReviewItemId } from '@/utils/review/items';
import { NETWORK_REVIEW } from '@/utils/review/network-steps';
import { REVIEW_NETWORKS, type Checked, type ReviewNetworkId } from '@/utils/review/state';
import type { ReviewView } from '@/utils/review/view';
import { NETWORKS } from '@/utils/sites/networks';
import { Brand } from '@/components/Brand';

/** What the page asks of the background; each resolves with the view as stored, after it is stored. */
export interface ReviewActions {
  load(): Promise<ReviewView>;
  save(networks: ReviewNetworkId[], checked: Checked): Promise<ReviewView>;
  finish(networks: ReviewNetworkId[], checked: Checked): Promise<ReviewView>;
  snooze(): Promise<ReviewView>;
}

const itemLabel = (item: ReviewItemId) => t(`reviewItem_${item.replace(/-/g, '_')}` as MessageKey);
const networkName = (id: ReviewNetworkId) => NETWORKS.find((n) => n.id === id)?.name ?? id;

/** A date as the school's calendar has it ("3 March 2027"). */
function day(ms: number, timeZone: string): string {
  try {
    return new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone });
  } catch {
    return new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  }
}

function Clauses({ rules, summary }: { rules: readonly PopupRule[]; summary: string }) {
  if (!rules.length) return null;
  return (
    <details>
      <summary>{summary}</summary>
      {rules.map((r) => (
        <div key={r.id}>
          <p>
            <strong>{r.title}.</strong> {r.summary}
          </p>
          <LeadQuote citations={r.citations} />
          <MoreQuotes citations={r.citations} />
        </div>
      ))}
    </details>
  );
}

/** One network's checklist: each item a checkbox, with the steps and the network's own settings page. */
function NetworkChecklist({ id, checked, byItem, onToggle }: { id: ReviewNetworkId; checked: readonly ReviewItemId[]; byItem: ReviewView['byItem']; onToggle: (item: ReviewItemId, on: boolean) => void }) {
  const name = networkName(id);
  return (
    <section aria-labelledby={`review-${id}`}>
      <h2 id={`review-${id}`}>{name}</h2>
      <p>{t('reviewNetworkProgress', [String(checked.length), String(REVIEW_ITEMS.length)])}</p>
      <ul class="items">
        {REVIEW_ITEMS.map((item) => {
          const step = NETWORK_REVIEW[id][item];
          const box = `review-${id}-${item}`;
          return (
            <li key={item} class="item">
              <label for={box}>
                <input id={box} type="checkbox" checked={checked.includes(item)} onChange={(e) => onToggle(item, e.currentTarget.checked)} />
                <span>{itemLabel(item)}</span>
              </label>
              {step.note && <p>{step.note}</p>}
              <ol>
                {step.steps.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ol>
              {step.link && (
                <p>
                  <a href={step.link.url} target="_blank" rel="noreferrer">
                    {t('reviewOpenSettings', name)}
                  </a>
                </p>
              )}
              <Clauses rules={byItem[item] ?? []} summary={t('reviewItemPolicy')} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * The privacy review: pick the networks you use, tick each setting as you check it (saved at every
 * tick), then Finish review, which records the date and what you confirmed. Nothing here leaves the
 * computer; Chalkline cannot see your settings, only what you tick.
 */
export function ReviewPage(actions: ReviewActions) {
  const [view, setView] = useState<ReviewView | null>(null);
  const [networks, setNetworks] = useState<ReviewNetworkId[]>([]);
  const [checked, setChecked] = useState<Checked>({});
  const [saved, setSaved] = useState('');
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [finished, setFinished] = useState(false);
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));

  useEffect(() => {
    void actions.load().then((v) => {
      setView(v);
      setNetworks(v.progress?.networks ?? []);
      setChecked(v.progress?.checked ?? {});
    }, fail);
  }, []);

  if (!view) return <main class="review" aria-busy="true">{error ? <p role="alert">{t('popupLoadError', error)}</p> : <p>{t('loading')}</p>}</main>;

  const store = (nextNetworks: ReviewNetworkId[], nextChecked: Checked) => {
    setNetworks(nextNetworks);
    setChecked(nextChecked);
    setFinished(false);
    setConfirming(false);
    void actions.save(nextNetworks, nextChecked).then((v) => {
      setView(v);
      setError('');
      setSaved(t('reviewSaved', new Date(v.progress?.savedAt ?? Date.now()).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' })));
    }, fail);
  };
  const chosen = REVIEW_NETWORKS.filter((n) => networks.includes(n));
  const ticked = chosen.reduce((sum, n) => sum + (checked[n]?.length ?? 0), 0);
  const total = chosen.length * REVIEW_ITEMS.length;
  const finish = () =>
    void actions.finish(chosen, checked).then((v) => {
      setView(v);
      setNetworks([]);
      setChecked({});
      setConfirming(false);
      setFinished(true);
      setSaved('');
      setError('');
    }, fail);

  return (
    <main class="review" aria-labelledby="review-title">
      <Brand why />
      <h1 id="review-title">{t('reviewTitle')}</h1>
      <p>{t('reviewIntro')}</p>
      <p role="status">
        {finished
          ? t('reviewFinishedNext', day(view.dueAt, view.timeZone))
          : view.overdue
            ? view.lastCompletedAt === null
              ? t('reviewDueFirst')
              : t('reviewDueAgain', day(view.lastCompletedAt, view.timeZone))
            : t('reviewNextDue', day(view.dueAt, view.timeZone))}
      </p>
      {view.overdue && !finished && (
        <button type="button" class="secondary" onClick={() => void actions.snooze().then(setView, fail)}>
          {t('reviewRemindTomorrow')}
        </button>
      )}
      <Clauses rules={view.why} summary={t('reviewWhy')} />

      <fieldset class="networks">
        <legend>{t('reviewNetworksLegend')}</legend>
        {REVIEW_NETWORKS.map((id) => (
          <label key={id}>
            <input type="checkbox" checked={networks.includes(id)} onChange={(e) => store(e.currentTarget.checked ? [...networks, id] : networks.filter((n) => n !== id), checked)} />
            {networkName(id)}
          </label>
        ))}
      </fieldset>

      {chosen.map((id) => (
        <NetworkChecklist
          key={id}
          id={id}
          checked={checked[id] ?? []}
          byItem={view.byItem}
          onToggle={(item, on) => {
            const current = checked[id] ?? [];
            store(networks, { ...checked, [id]: on ? [...current, item] : current.filter((i) => i !== item) });
          }}
        />
      ))}

      <div class="finish">
        {saved && <p aria-live="polite">{saved}</p>}
        {confirming ? (
          <div role="group" aria-labelledby="finish-confirm">
            <p id="finish-confirm">{t('reviewFinishPartial', [String(ticked), String(total)])}</p>
            <button type="button" onClick={finish}>
              {t('reviewFinishAnyway')}
            </button>
            <button type="button" class="secondary" onClick={() => setConfirming(false)}>
              {t('reviewKeepGoing')}
            </button>
          </div>
        ) : (
          <button
            type="button"
            onClick={() => {
              if (!chosen.length) return setError(t('reviewNeedsNetwork'));
              if (ticked < total) return setConfirming(true);
              finish();
            }}
          >
            {t('reviewFinish')}
          </button>
        )}
        {error && (
          <p class="error-message" role="alert">
            {error}
          </p>
        )}
      </div>

      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('reviewHistoryTitle')}</h2>
        {view.history.length === 0 ? (
          <p>{t('reviewHistoryEmpty')}</p>
        ) : (
          <ul class="history">
            {view.history.map((h) => (
              <li key={h.at}>
                {t('reviewHistoryItem', [
                  day(h.at, view.timeZone),
                  h.networks.map(networkName).join(', '),
                  String(Object.values(h.confirmed).reduce((sum, items) => sum + (items?.length ?? 0), 0)),
                  String(h.total),
                ])}
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
