import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupList } from '../../components/popup/PopupList';
import { NewSection } from '../../components/watch/NewSection';
import { useNewEntries } from '../../components/watch/use-new-entries';
import { newEntriesApi } from '../../utils/watch/entries-api';
import { matchesQuery, searchText } from '../../utils/followups/filter';
import { sendMessage } from '../../utils/messages';
import { groupForPopup } from '../../utils/followups/overdue';
import { localDay } from '../../utils/text/days';
import type { FollowUp, FollowUpStatus } from '../../utils/types';

// A popup shows about eight rows at once; 40 fill two screens of scrolling and keep the first
// paint quick with 1,000 follow-ups stored (the rest wait behind "Show more").
const PAGE = 40;

// Ask for the list while the popup is still rendering its first frame, not after it.
const firstList = sendMessage('followup/list', {});
const firstNew = newEntriesApi.list();

export function App() {
  const [items, setItems] = useState<FollowUp[] | null>(null);
  const [soonDays, setSoonDays] = useState(14);
  const [quarantined, setQuarantined] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const today = localDay(new Date());

  const show = (r: Awaited<typeof firstList>) => {
    if (!r.ok) return setError(r.error);
    setItems(r.followUps);
    setSoonDays(r.settings.dueSoonDays);
    setQuarantined(r.quarantined);
  };
  useEffect(() => {
    void firstList.then((r) => {
      performance.mark('scrutineer:popup-data');
      show(r);
    });
  }, []);
  // One set of New entries for the New section and the offers on the saved items' rows.
  const news = useNewEntries(newEntriesApi, {
    onError: setError,
    initial: firstNew,
    onLinked: () => void sendMessage('followup/list', {}).then(show),
  });

  // Search text is built on the first keystroke, not on open.
  const haystacks = useMemo(
    () => (query && items ? new Map(items.map((f) => [f.id, searchText(f)])) : null),
    [items, Boolean(query)],
  );
  const groups = useMemo(() => {
    const list = haystacks
      ? (items ?? []).filter((f) => matchesQuery(haystacks.get(f.id) ?? '', query))
      : (items ?? []);
    return groupForPopup(list, today, soonDays);
  }, [items, haystacks, query, today, soonDays]);

  useLayoutEffect(() => {
    if (!items) return;
    // The bench and e2e tests wait for this: the rows are in the DOM (runs right after commit).
    document.documentElement.dataset.scrutineerRendered = String(items.length);
    performance.mark('scrutineer:popup-rendered');
  }, [items]);

  async function changeStatus(id: string, status: FollowUpStatus) {
    const r = await sendMessage('followup/update', { id, patch: { status } });
    if (!r.ok) return setError(r.error);
    setError(null);
    setItems((list) => list?.map((f) => (f.id === id ? r.followUp : f)) ?? null);
  }

  return (
    <main class="popup">
      <header>
        <h1>Scrutineer follow-ups</h1>
        <nav class="popup-links" aria-label="Scrutineer pages">
          <a href={browser.runtime.getURL('/tracker.html')} target="_blank" rel="noreferrer">
            Open tracker
          </a>
          <a href={browser.runtime.getURL('/search.html')} target="_blank" rel="noreferrer">
            Search minutes
          </a>
          <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
            Settings
          </a>
        </nav>
      </header>
      <NewSection heading="New" id="new" empty={null} model={news} />
      {error && (
        <p class="banner error" role="alert">
          {error}
        </p>
      )}
      {quarantined > 0 && (
        <p class="banner warn" role="status">
          {quarantined} damaged record{quarantined === 1 ? ' was' : 's were'} set aside (kept, not deleted). Open the
          tracker for details.
        </p>
      )}
      {items && items.length > 0 && (
        <>
          <label class="visually-hidden" for="search">
            Search follow-ups
          </label>
          <input
            id="search"
            class="search"
            type="search"
            placeholder="Search text, committee, officer, tag…"
            value={query}
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          />
          <PopupList
            groups={groups}
            limit={limit}
            onStatus={changeStatus}
            onMore={() => setLimit((n) => n + PAGE)}
            offers={news.offers}
            onLinkOffer={news.link}
            onDismissOffer={(e) => void news.dismiss([e.id])}
          />
        </>
      )}
      {items && items.length === 0 && (
        <p class="empty">Nothing tracked yet. Open a council meeting page and press Track.</p>
      )}
      {!items && !error && <p class="muted">Loading…</p>}
    </main>
  );
}
