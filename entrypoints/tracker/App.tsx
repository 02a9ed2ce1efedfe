import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BulkBar } from '../../components/tracker/BulkBar';
import { downloadText } from '../../components/tracker/download';
import {
  applyFilters,
  NO_FILTERS,
  sortFollowUps,
  type Filters,
  type Sort,
  type SortKey,
} from '../../utils/followups/filter';
import { FilterBar } from '../../components/tracker/FilterBar';
import { Toolbar } from '../../components/tracker/Toolbar';
import { TrackerTable } from '../../components/tracker/TrackerTable';
import { NewSection } from '../../components/watch/NewSection';
import { useNewEntries } from '../../components/watch/use-new-entries';
import { newEntriesApi } from '../../utils/watch/entries-api';
import { sendMessage } from '../../utils/messages';
import type { ExportFormat } from '../../utils/export/format';
import { countOverdue } from '../../utils/followups/overdue';
import { localDay } from '../../utils/text/days';
import type { FollowUpPatch } from '../../utils/followups/patch';
import type { FollowUp, FollowUpStatus } from '../../utils/types';

const PAGE = 200;
type Notice = { kind: 'error' | 'info'; text: string } | null;

export function App() {
  const [items, setItems] = useState<FollowUp[] | null>(null);
  const [quarantined, setQuarantined] = useState(0);
  const [notice, setNotice] = useState<Notice>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>({ key: 'due', dir: 'asc' });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [expanded, setExpanded] = useState<string | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const [undo, setUndo] = useState<FollowUp[] | null>(null);
  // Reminders are on only when both are true: the user turned them on (a setting the background
  // confirmed) and the browser still grants notifications (the user may revoke it at any time).
  const [remindersSaved, setRemindersSaved] = useState(false);
  const [notificationsAllowed, setNotificationsAllowed] = useState(false);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const today = localDay(new Date());

  async function reload() {
    const r = await sendMessage('followup/list', {});
    if (!r.ok) return setNotice({ kind: 'error', text: r.error });
    setItems(r.followUps);
    setQuarantined(r.quarantined);
    setRemindersSaved(r.settings.remindersEnabled);
  }

  useEffect(() => {
    void reload();
    void navigator.storage?.persist?.();
    void browser.permissions.contains({ permissions: ['notifications'] }).then(setNotificationsAllowed, () => {});
  }, []);

  const shown = useMemo(
    () => sortFollowUps(applyFilters(items ?? [], filters, today), sort),
    [items, filters, sort, today],
  );
  const fail = (error: string) => setNotice({ kind: 'error', text: error });
  // One set of New entries for "What's new" and the offers on the follow-up rows.
  const news = useNewEntries(newEntriesApi, { onError: fail, onLinked: () => void reload() });
  const replace = (updated: FollowUp) =>
    setItems((list) => list?.map((f) => (f.id === updated.id ? updated : f)) ?? null);

  async function patch(id: string, change: FollowUpPatch) {
    const r = await sendMessage('followup/update', { id, patch: change });
    if (!r.ok) return fail(r.error);
    replace(r.followUp);
  }

  async function bulkStatus(status: FollowUpStatus) {
    const r = await sendMessage('followup/set-status', { ids: [...selected], status });
    if (!r.ok) return fail(r.error);
    setNotice({ kind: 'info', text: `${r.changed} follow-up${r.changed === 1 ? '' : 's'} set to ${status}.` });
    await reload();
  }

  async function remove() {
    const r = await sendMessage('followup/delete', { ids: [...selected] });
    if (!r.ok) return fail(r.error);
    setSelected(new Set());
    setUndo(r.deleted);
    clearTimeout(undoTimer.current);
    undoTimer.current = setTimeout(() => setUndo(null), 15_000);
    await reload();
  }

  async function restore() {
    if (!undo) return;
    const r = await sendMessage('followup/restore', { followUps: undo });
    setUndo(null);
    if (!r.ok) return fail(r.error);
    await reload();
  }

  async function exportAs(format: ExportFormat) {
    const r = await sendMessage('followup/export', { format });
    if (!r.ok) return fail(r.error);
    downloadText(document, r.filename, r.content, r.mimeType);
  }

  async function importFile(file: File) {
    const r = await sendMessage('followup/import', { text: await file.text() });
    if (!r.ok) return fail(r.error);
    setNotice({
      kind: 'info',
      text: `Imported ${file.name}: ${r.added} added, ${r.updated} updated, ${r.unchanged} already up to date.`,
    });
    await reload();
  }

  async function enableReminders() {
    // Must run straight from the click: permission prompts need a user gesture.
    const granted = await browser.permissions.request({ permissions: ['notifications'] }).catch(() => false);
    setNotificationsAllowed(granted);
    if (!granted) return setNotice({ kind: 'info', text: 'Reminders stay off: notifications were not allowed.' });
    const saved = await sendMessage('followup/settings', { patch: { remindersEnabled: true } });
    if (!saved.ok) return fail(`Reminders stay off: ${saved.error}`);
    setRemindersSaved(saved.settings.remindersEnabled);
    const checked = await sendMessage('followup/check-reminders', {});
    if (!checked.ok) return fail(`Reminders are on, but the first check failed: ${checked.error}`);
    setNotice({ kind: 'info', text: 'Reminders on: Scrutineer checks due dates once a day.' });
  }

  /** "Clear cached documents": forget every report PDF read so far (they are fetched again when needed). */
  async function clearDocuments() {
    const r = await sendMessage('pdf/clear-cache', {});
    if (!r.ok) return setNotice({ kind: 'error', text: `Could not clear cached documents: ${r.error}` });
    setNotice({
      kind: 'info',
      text: `Cleared ${r.removed} cached document${r.removed === 1 ? '' : 's'}: report PDFs will be read again on your next visit.`,
    });
  }

  const toggleSort = (key: SortKey) =>
    setSort((s) => ({ key, dir: s.key === key && s.dir === 'asc' ? 'desc' : 'asc' }));
  const select = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const overdue = items ? countOverdue(items, today) : 0;

  return (
    <main class="page">
      <header>
        <h1>Scrutineer tracker</h1>
        <div class="summary" aria-live="polite">
          {items && <span>{items.length} tracked</span>}
          {overdue > 0 && <span class="badge overdue">{overdue} overdue</span>}
          <a href={browser.runtime.getURL('/search.html')}>Search indexed minutes</a>
          <a href={browser.runtime.getURL('/options.html')}>Settings</a>
        </div>
      </header>
      <NewSection
        heading="What's new"
        id="whats-new"
        empty="Nothing new from watched committees and subjects. Watch a committee from its meeting page, or add a subject in Settings."
        model={news}
      />
      <Toolbar
        onExport={exportAs}
        onImport={importFile}
        remindersOn={remindersSaved && notificationsAllowed}
        onEnableReminders={enableReminders}
      />
      <p class="muted small">
        <button type="button" class="link" data-scrutineer-clear-documents="" onClick={() => void clearDocuments()}>
          Clear cached documents
        </button>{' '}
        (the text of report PDFs kept so a second visit needs no download)
      </p>
      {notice && (
        <p
          class={`banner ${notice.kind === 'error' ? 'error' : ''}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-notice={notice.kind}
        >
          {notice.text}{' '}
          <button type="button" class="link" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </p>
      )}
      {quarantined > 0 && (
        <p class="banner warn" role="status">
          {quarantined} damaged record{quarantined === 1 ? ' was' : 's were'} found and set aside in quarantine (kept,
          not deleted). Export a JSON backup and report this if it happens again.
        </p>
      )}
      {items && <FilterBar filters={filters} all={items} onChange={(f) => (setFilters(f), setLimit(PAGE))} />}
      <BulkBar count={selected.size} onStatus={bulkStatus} onDelete={remove} onClear={() => setSelected(new Set())} />
      {items && items.length === 0 && (
        <p class="muted">Nothing tracked yet. Open a council meeting page and press Track, or import a backup.</p>
      )}
      {items && items.length > 0 && (
        <>
          <p class="muted small">
            Showing {Math.min(limit, shown.length)} of {shown.length}
            {shown.length !== items.length ? ` (filtered from ${items.length})` : ''}.
          </p>
          <TrackerTable
            rows={shown.slice(0, limit)}
            today={today}
            sort={sort}
            selected={selected}
            expanded={expanded}
            onSort={toggleSort}
            onSelect={select}
            onSelectAll={(on) => setSelected(on ? new Set(shown.slice(0, limit).map((f) => f.id)) : new Set())}
            onPatch={patch}
            onToggleNotes={(id) => setExpanded((e) => (e === id ? null : id))}
            offers={news.offers}
            onLinkOffer={news.link}
            onDismissOffer={(e) => void news.dismiss([e.id])}
          />
          {shown.length > limit && (
            <button type="button" class="more" onClick={() => setLimit((n) => n + PAGE)}>
              Show {Math.min(PAGE, shown.length - limit)} more
            </button>
          )}
        </>
      )}
      {undo && (
        <div class="toast" role="status">
          Deleted {undo.length} follow-up{undo.length === 1 ? '' : 's'}.
          <button type="button" onClick={restore}>
            Undo
          </button>
        </div>
      )}
    </main>
  );
}
