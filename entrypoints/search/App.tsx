// Search every indexed item and resolution (filters: council, committee, date range, decisions
// only). Results open the council page at the item (`#AI<id>`). Unlisted page: search.html.
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../utils/messages';
import type { SearchFilters, SearchResult } from '../../utils/related/messages';
import { formatDate } from '../../utils/related/text';

interface Facets {
  hosts: string[];
  committees: Array<{ host: string; committee: string }>;
  items: number;
  meetings: number;
}

const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fff}
main{max-width:60rem;margin:0 auto;padding:1rem}
form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin-bottom:1rem}
label{display:flex;flex-direction:column;font-size:.85rem;gap:.2rem}
input,select,button{font:inherit;padding:.3rem .4rem}
li{margin:.75rem 0;list-style:none}
ul{padding:0}
.muted{color:#555;font-size:.9rem}
.decision{border-left:3px solid #2a6;padding-left:.5rem;margin:.25rem 0}
:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
@media (prefers-color-scheme: dark){body{background:#1b1b1b;color:#eee}.muted{color:#bbb}a{color:#8cf}}
`;

export function App() {
  const [query, setQuery] = useState(new URLSearchParams(location.search).get('q') ?? '');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [facets, setFacets] = useState<Facets | null>(null);
  const [results, setResults] = useState<SearchResult[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void sendMessage('related/facets', {}).then((r) => (r.ok ? setFacets(r) : setError(r.error)));
  }, []);

  const search = async (e?: Event) => {
    e?.preventDefault();
    const r = await sendMessage('related/search', { query, filters, limit: 100 });
    if (!r.ok) return setError(r.error);
    setError(null);
    setResults(r.results);
    setTotal(r.total);
  };
  useEffect(() => void search(), [filters]);

  const set = (patch: Partial<SearchFilters>) => setFilters({ ...filters, ...patch });
  const committees = (facets?.committees ?? []).filter((c) => !filters.host || c.host === filters.host);

  return (
    <main>
      <style>{STYLE}</style>
      <h1>Search earlier meetings</h1>
      <p class="muted">
        {facets
          ? `${facets.items} items from ${facets.meetings} meetings you have viewed or indexed. Nothing leaves this browser.`
          : 'Loading…'}
      </p>
      <form role="search" onSubmit={search} data-scrutineer-search="">
        <label>
          Words
          <input
            type="search"
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
            placeholder="Innovation Park"
          />
        </label>
        <label>
          Council
          <select
            value={filters.host ?? ''}
            onChange={(e) => set({ host: e.currentTarget.value || undefined, committee: undefined })}
          >
            <option value="">All</option>
            {facets?.hosts.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </select>
        </label>
        <label>
          Committee
          <select
            value={filters.committee ?? ''}
            onChange={(e) => set({ committee: e.currentTarget.value || undefined })}
          >
            <option value="">All</option>
            {committees.map((c) => (
              <option key={`${c.host}|${c.committee}`} value={c.committee}>
                {c.committee}
              </option>
            ))}
          </select>
        </label>
        <label>
          From
          <input
            type="date"
            value={filters.from ?? ''}
            onChange={(e) => set({ from: e.currentTarget.value || undefined })}
          />
        </label>
        <label>
          To
          <input
            type="date"
            value={filters.to ?? ''}
            onChange={(e) => set({ to: e.currentTarget.value || undefined })}
          />
        </label>
        <label style={{ flexDirection: 'row', alignItems: 'center' }}>
          <input
            type="checkbox"
            checked={!!filters.decisionsOnly}
            onChange={(e) => set({ decisionsOnly: e.currentTarget.checked || undefined })}
          />
          Decisions only
        </label>
        <button type="submit">Search</button>
      </form>
      {error ? <p role="alert">Search is unavailable: {error}</p> : null}
      {results ? (
        <>
          <p class="muted" role="status">
            {total === 0
              ? 'No matching items.'
              : `${total} matching items${total > results.length ? `, showing ${results.length}` : ''}.`}
          </p>
          <ul>
            {results.map((r) => (
              <li key={r.key} data-scrutineer-search-result="">
                <a href={r.href} target="_blank" rel="noopener noreferrer">
                  {r.number ? `${r.number}. ` : ''}
                  {r.title}
                </a>
                <div class="muted">
                  {[r.committee, r.meetingDate ? formatDate(r.meetingDate) : null, r.host].filter(Boolean).join(' · ')}
                </div>
                {r.decision ? (
                  <p class="decision">{r.decision.slice(0, 400)}</p>
                ) : r.snippet ? (
                  <p class="muted">{r.snippet}</p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </main>
  );
}
