// Related-minutes index bench: a synthetic index of 50,000 items generated from the seed
// documents' real item titles and texts (extracted with the extraction engine), spread over
// 5 councils × 8 committees × 5 years of meetings. Measures, in Node and in memory (the query
// path never touches IndexedDB):
//   related.indexBuildMs  build the text index + catalogue from the item records (wall clock)
//   related.indexBuildCpuMs  the same build in CPU time (steadier than the wall clock on a busy machine)
//   related.queryP95Ms    p95 of one item's related-items query (issue + references + similar)
//   related.heapBytes     heap growth holding the index
//   related.idbBytes      bytes persisted: item records + meeting records + the JSON snapshot
import { readFileSync, readdirSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { extractDocument } from '../../utils/extract';
import { relatedForPage } from '../../utils/related/rank';
import { SearchIndex } from '../../utils/related/search-index';
import { normaliseCommittee } from '../../utils/related/text';
import type { IndexedItem, IndexedMeeting } from '../../utils/related/types';
import type { AgendaItem, ParsedPage } from '../../utils/types';
import { itemKey, meetingKey } from '../../utils/moderngov/keys';

const TARGET = 50_000;
const SEEDS = join(process.cwd(), 'tests/fixtures/seeds');

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function seedItems(): Array<{ title: string; text: string; resolution: string | null }> {
  const out: Array<{ title: string; text: string; resolution: string | null }> = [];
  for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
    for (const part of extractDocument(readFileSync(join(SEEDS, file), 'utf8'), { format: 'text', fileName: file })
      .parts) {
      for (const item of part.items)
        out.push({ title: item.title, text: item.text.slice(0, 4000), resolution: item.resolution?.text ?? null });
    }
  }
  return out.length
    ? out
    : [{ title: 'Budget monitoring report', text: 'The committee considered the budget.', resolution: null }];
}

function windowOf(text: string, rand: () => number): string {
  const start = Math.floor(rand() * Math.max(1, text.length - 800));
  return text.slice(start, start + 800);
}

function synthesise(): { items: IndexedItem[]; meetings: Map<string, IndexedMeeting> } {
  const seeds = seedItems();
  // The seeds give a few hundred items; real indexes have a long tail of rarer words, so each
  // synthetic item gets seed wording plus words drawn from the whole seed vocabulary.
  const words = [
    ...new Set(seeds.flatMap((s) => `${s.title} ${s.text}`.split(/[^A-Za-z]+/)).filter((w) => w.length > 3)),
  ];
  const rand = rng(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const items: IndexedItem[] = [];
  const meetings = new Map<string, IndexedMeeting>();
  let mid = 0;
  while (items.length < TARGET) {
    mid += 1;
    const host = `council${mid % 5}.example.gov.uk`;
    const committee = `Committee ${mid % 8}`;
    const date = `${2019 + (mid % 5)}-${String(1 + (mid % 12)).padStart(2, '0')}-${String(1 + (mid % 27)).padStart(2, '0')}`;
    const key = meetingKey(host, String(mid));
    const url = `https://${host}/ieListDocuments.aspx?CId=${mid % 8}&MId=${mid}`;
    meetings.set(key, {
      key,
      host,
      origin: `https://${host}`,
      cid: String(mid % 8),
      mid: String(mid),
      committee,
      committeeNorm: normaliseCommittee(committee),
      meetingDate: date,
      url,
      status: null,
      itemCount: 12,
      stub: false,
      source: 'backfill',
      indexedAt: '',
    });
    for (let i = 0; i < 12 && items.length < TARGET; i++) {
      const seed = pick(seeds);
      const ai = `${mid * 100 + i}`;
      items.push({
        key: itemKey(host, ai),
        meetingKey: key,
        host,
        committee,
        committeeNorm: normaliseCommittee(committee),
        meetingDate: date,
        href: `${url}#AI${ai}`,
        position: i,
        number: String(i + 1),
        title: `${seed.title} ${pick(words)} ${pick(words)}`,
        text: windowOf(seed.text, rand),
        resolution: seed.resolution,
        actions: [],
        references: [],
        issueId: rand() < 0.1 ? String(Math.floor(rand() * 2000)) : null,
        agendaItemId: ai,
        routine: i < 3,
      });
    }
  }
  return { items, meetings };
}

function asPage(item: IndexedItem, meeting: IndexedMeeting): ParsedPage {
  const agendaItem: AgendaItem = {
    number: item.number,
    title: item.title,
    agendaItem: null,
    pages: null,
    text: item.text,
    resolution: item.resolution ? { text: item.resolution, parts: [] } : null,
    recommendation: null,
    actions: [],
    references: [{ kind: 'minutes-of-meeting', text: '', meetingDate: '2020-03-04', committee: null, minute: null }],
    documents: [],
    routine: item.routine,
    agendaItemId: item.agendaItemId,
    issueId: item.issueId,
  };
  return {
    url: meeting.url,
    host: meeting.host,
    pageKey: meeting.key,
    pageKind: 'meeting',
    heading: null,
    meeting: {
      kind: 'minutes',
      committee: meeting.committee,
      meetingDate: meeting.meetingDate,
      time: null,
      venue: null,
      status: null,
      items: [agendaItem],
      documents: [],
    },
    ids: { mid: meeting.mid!, cid: meeting.cid! },
    history: [],
  };
}

/** A full garbage collection, so heap figures count what is held, not what is left over. */
function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

export async function benchRelated(): Promise<Record<string, number>> {
  const { items, meetings } = synthesise();
  const gc = collector();
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const search = SearchIndex.build(items);
  const indexBuildMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  gc();
  const heapBytes = Math.max(0, process.memoryUsage().heapUsed - heapBefore);
  const view = { search, meetings, issues: new Map() };
  const rand = rng(7);
  const samples: number[] = [];
  for (let i = 0; i < 300; i++) {
    const item = items[Math.floor(rand() * items.length)];
    const page = asPage(item, meetings.get(item.meetingKey)!);
    const t = performance.now();
    relatedForPage(view, page);
    if (i >= 20) samples.push(performance.now() - t); // first queries warm the JIT
  }
  samples.sort((a, b) => a - b);
  const queryP95Ms = samples[Math.floor(samples.length * 0.95)];
  const snapshot = search.serialise(1);
  const idbBytes =
    Buffer.byteLength(snapshot) +
    items.reduce((n, i) => n + Buffer.byteLength(JSON.stringify(i)), 0) +
    [...meetings.values()].reduce((n, m) => n + Buffer.byteLength(JSON.stringify(m)), 0);
  return {
    'related.queryP95Ms': Number(queryP95Ms.toFixed(3)),
    'related.indexBuildMs': Math.round(indexBuildMs),
    'related.indexBuildCpuMs': Math.round((cpu.user + cpu.system) / 1000),
    'related.heapBytes': heapBytes,
    'related.idbBytes': idbBytes,
  };
}
