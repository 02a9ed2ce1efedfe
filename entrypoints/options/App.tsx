// The options page: watches, the check schedule, notifications, report reading, summaries,
// backfill defaults and the data controls. Opened by the content script's Watch button (with
// ?watch=committee&pageUrl=…&cid=…) to explain and ask for the council's host access.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CheckSettings } from '../../components/options/CheckSettings';
import { DataControls } from '../../components/options/DataControls';
import { GrantPanel, type GrantPanelProps } from '../../components/options/GrantPanel';
import { BackfillSettings, ReadingSettings } from '../../components/options/OtherSettings';
import { SubjectForm } from '../../components/options/SubjectForm';
import { WatchList } from '../../components/options/WatchList';
import { downloadText } from '../../components/tracker/download';
import { sendMessage, type Response } from '../../utils/messages';
import type { Settings } from '../../utils/followups/settings';
import type { WatchInput } from '../../utils/watch/messages';
import { originPattern } from '../../utils/watch/permissions';
import type { Watch } from '../../utils/watch/types';

type State = Extract<Response<'watch/list'>, { ok: true }>;

/** The committee the content script asked to watch, if this page was opened for that. */
function askedWatch(q: URLSearchParams): Extract<WatchInput, { kind: 'committee' }> | null {
  const pageUrl = q.get('pageUrl');
  const cid = q.get('cid');
  if (q.get('watch') !== 'committee' || !pageUrl || !cid || !/^https?:/i.test(pageUrl)) return null;
  return { kind: 'committee', pageUrl, cid, committee: q.get('committee') || null };
}

export function App({ request }: { request: URLSearchParams }) {
  const [state, setState] = useState<State | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [checkResult, setCheckResult] = useState<string | null>(null);
  const asked = askedWatch(request);
  const [grant, setGrant] = useState<GrantPanelProps['state'] | null>(asked ? 'ask' : null);
  const [grantError, setGrantError] = useState<string | null>(null);

  async function reload() {
    const r = await sendMessage('watch/list', {});
    if (!r.ok) return setNotice(r.error);
    setState(r);
    // Opened again (a reload, a second click) for a committee already watched: nothing to ask.
    if (
      asked &&
      r.watches.some(
        (w) =>
          w.kind === 'committee' &&
          w.host === new URL(asked.pageUrl).host.toLowerCase() &&
          w.cid === asked.cid.toLowerCase(),
      )
    ) {
      setGrant((g) => (g === 'ask' ? null : g));
    }
    document.documentElement.dataset.scrutineerRendered = String(r.watches.length);
  }
  useEffect(() => void reload(), []);

  const done = (r: { ok: boolean; error?: string }) => (r.ok ? reload() : setNotice(r.error ?? 'Something went wrong'));

  async function allow() {
    if (!asked) return;
    setGrant('working');
    // Straight from the click: the browser asks only during a user gesture.
    const granted = await browser.permissions
      .request({ origins: [originPattern(new URL(asked.pageUrl).origin)] })
      .catch(() => false);
    if (!granted) return setGrant('refused');
    const r = await sendMessage('watch/add', { watch: asked });
    if (!r.ok) return (setGrant('ask'), setGrantError(r.error));
    setGrant('done');
    await reload();
  }

  async function addSubject(input: WatchInput): Promise<boolean> {
    const r = await sendMessage('watch/add', { watch: input });
    await done(r);
    return r.ok;
  }
  const setSettings = async (patch: Partial<Settings>) => done(await sendMessage('watch/settings', { patch }));
  async function checkNow() {
    setChecking(true);
    const r = await sendMessage('watch/check-now', {});
    setChecking(false);
    if (!r.ok) return setNotice(r.error);
    const failed = Object.entries(r.report.hosts)
      .filter(([, h]) => h.outcome === 'failed' || h.outcome === 'backing-off')
      .map(([h]) => h);
    setCheckResult(
      `Checked: ${r.report.added.length} new, ${r.report.requests} request${r.report.requests === 1 ? '' : 's'}${failed.length ? `; not reached: ${failed.join(', ')}` : ''}.`,
    );
    await reload();
  }
  async function notify(on: boolean) {
    const granted = on
      ? await browser.permissions.request({ permissions: ['notifications'] }).catch(() => false)
      : false;
    if (on && !granted) setNotice('Notifications were not allowed, so they stay off.');
    await setSettings({ watchNotify: on && granted });
  }
  async function exportBackup() {
    const r = await sendMessage('followup/export', { format: 'json' });
    if (!r.ok) return setNotice(r.error);
    downloadText(document, r.filename, r.content, r.mimeType);
  }
  async function importBackup(file: File) {
    const r = await sendMessage('followup/import', { text: await file.text() });
    setNotice(
      r.ok ? `Imported ${file.name}: ${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged.` : r.error,
    );
  }
  async function clearDocuments() {
    const r = await sendMessage('pdf/clear-cache', {});
    setNotice(r.ok ? `Cleared ${r.removed} cached document${r.removed === 1 ? '' : 's'}.` : r.error);
  }
  async function clearAll() {
    const cache = await sendMessage('pdf/clear-cache', {});
    if (!cache.ok) return setNotice(cache.error);
    const r = await sendMessage('watch/clear-all', {});
    setNotice(
      r.ok
        ? `Everything was deleted${r.released ? `, and access to ${r.released} council site${r.released === 1 ? ' was' : 's were'} given back` : ''}.`
        : r.error,
    );
    await reload();
  }
  const pause = async (w: Watch, paused: boolean) =>
    done(await sendMessage('watch/update', { id: w.id, patch: { paused } }));
  const edit = async (w: Watch, words: string) =>
    done(await sendMessage('watch/update', { id: w.id, patch: { words } }));
  const remove = async (w: Watch) => {
    const r = await sendMessage('watch/remove', { id: w.id });
    if (r.ok && r.released) setNotice(`Access to ${w.host} was given back: nothing else is watched there.`);
    await done(r);
  };

  return (
    <main class="options">
      <h1>Scrutineer settings</h1>
      {asked && grant && (
        <GrantPanel
          host={new URL(asked.pageUrl).host}
          committee={asked.committee}
          state={grant}
          error={grantError}
          onAllow={allow}
          onCancel={() => window.close()}
        />
      )}
      {notice && (
        <p class="banner" role="status" data-notice="">
          {notice}{' '}
          <button type="button" class="link" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </p>
      )}
      {state && (
        <>
          <section aria-labelledby="watched">
            <h2 id="watched">Watched committees and subjects</h2>
            <WatchList watches={state.watches} onPause={pause} onRemove={remove} onEdit={edit} />
            <h3>Watch a subject</h3>
            <SubjectForm watches={state.watches} onAdd={addSubject} />
          </section>
          <section aria-labelledby="checks">
            <h2 id="checks">Checks and notifications</h2>
            <CheckSettings
              settings={state.settings}
              hosts={state.hosts}
              lastCheck={state.lastCheck}
              checking={checking}
              checkResult={checkResult}
              onSchedule={(m) => void setSettings({ watchCheckMinutes: m })}
              onCheckNow={checkNow}
              onNotify={notify}
            />
          </section>
          <section aria-labelledby="reading">
            <h2 id="reading">Reading and summaries</h2>
            <ReadingSettings settings={state.settings} onChange={setSettings} />
          </section>
          <section aria-labelledby="backfill">
            <h2 id="backfill">Indexing earlier meetings</h2>
            <BackfillSettings settings={state.settings} onChange={setSettings} />
          </section>
          <section aria-labelledby="data">
            <h2 id="data">Your data</h2>
            <DataControls
              onExport={exportBackup}
              onImport={importBackup}
              onClearDocuments={clearDocuments}
              onClearAll={clearAll}
            />
          </section>
        </>
      )}
    </main>
  );
}
