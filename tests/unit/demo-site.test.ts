// The offline demo site (tests/fixtures/demo-site) and its server (scripts/demo-server.mjs).
import { get as httpGet } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, DEMO_PAGES, DEMO_BACKFILL, DEMO_RELATED, DEMO_HOSTILE } from '../../scripts/demo-server.mjs';

type DemoPage = { path: string; label: string; kind: string; items?: { number: string; title: string }[] };
type Res = { status: number; type: string; body: string; bytes: number };

// node:http rather than fetch: happy-dom's fetch applies browser CORS rules to about:blank.
function get(url: string): Promise<Res> {
  return new Promise((ok, fail) => {
    httpGet(url, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const buf = Buffer.concat(chunks);
        ok({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type'] ?? ''),
          body: buf.toString('utf8'),
          bytes: buf.length,
        });
      });
    }).on('error', fail);
  });
}

let server: { origin: string; close: () => Promise<void>; requests: { path: string; time: number }[] };
let wsServer: typeof server;

beforeAll(async () => {
  server = await startDemoServer();
  wsServer = await startDemoServer({ webService: true });
});
afterAll(async () => {
  await server?.close();
  await wsServer?.close();
});

const pages = DEMO_PAGES as DemoPage[];

describe('demo site', () => {
  it('lists every page kind', () => {
    const kinds = new Set(pages.map((p) => p.kind));
    for (const k of ['meeting', 'agenda-item', 'decision', 'issue', 'unrecognised']) expect(kinds).toContain(k);
  });

  it.each(pages.map((p) => [p.label, p] as const))('serves %s', async (_label, p) => {
    const r = await get(server.origin + p.path);
    expect(r.status).toBe(200);
    expect(r.type).toMatch(/text\/html/);
    const doc = new DOMParser().parseFromString(r.body, 'text/html');
    if (p.kind === 'unrecognised') {
      expect(r.body).not.toContain('id="modgov"');
      expect(doc.querySelector('#modgov, .mgContent')).toBeNull();
      return;
    }
    expect(r.body).toContain('id="modgov"');
    expect(doc.querySelector('#modgov .mgContent')).not.toBeNull();
    expect(doc.querySelector('.mgMainTitleTxt')?.textContent?.trim()).toBeTruthy();
    if (p.kind === 'meeting') {
      expect(doc.querySelector('h2.mgSubTitleTxt')?.textContent).toMatch(
        / - \w+day, \d+\w\w \w+, \d{4} \d+\.\d\d [ap]m/,
      );
      const rows = [...doc.querySelectorAll('table.mgItemTable tr')].filter((tr) =>
        tr.querySelector('td.mgItemNumberCell'),
      );
      expect(rows.map((tr) => tr.querySelector('td.mgItemNumberCell')?.textContent?.trim())).toEqual(
        (p.items ?? []).map((i) => i.number),
      );
    }
  });

  it('carries the real seed text and markup quirks on the Dorset Cabinet page', async () => {
    const r = await get(server.origin + pages[0].path);
    expect(r.body).toContain('The minutes of the meeting held on 6 September 2017 were confirmed and signed.');
    expect(r.body).toContain('That the investment of £363k in 2018/19');
    expect(r.body).toContain('<p  class="mgAiTitleTxt" >');
    expect(r.body).toContain('&#58;');
    expect(r.body).toContain('class="mgFileSize"');
    expect(r.body).toContain('mgimages/logo-pdf-1.gif');
    expect(r.body).toMatch(/id="AI\d+"/);
    expect(r.body).toContain('View the decision for item 117.');
    const doc = new DOMParser().parseFromString(r.body, 'text/html');
    expect(doc.querySelector('h2.mgSubTitleTxt')?.textContent).toBe(
      'Cabinet - Wednesday, 27th September, 2017 10.00 am',
    );
    const subs = [...doc.querySelectorAll('p.mgSubItemTitleTxt')].map((e) => e.textContent);
    expect(subs).toContain('Decision:');
    expect(subs).toContain('Minutes:');
  });

  it('routes ModernGov URLs case-insensitively and ignores extra parameters', async () => {
    for (const u of [
      '/ieListDocuments.aspx?CId=122&MId=3046',
      '/IELISTDOCUMENTS.ASPX?cid=122&mid=3046&Ver=4',
      '/ielistdocuments.aspx?MeetingId=3046&CommitteeId=122',
      '/ieListDocuments.aspx?CId=251&MId=6158',
      '/MGAI.aspx?id=41207',
      '/iedecisiondetails.aspx?aiid=41207',
      '/mgIssueHistoryHome.aspx?IId=2201&optionId=0',
      '/ieListMeetings.aspx?CId=433&Year=0',
    ]) {
      expect((await get(server.origin + u)).status, u).toBe(200);
    }
  });

  it('mounts Worcestershire under /modernGov/ only', async () => {
    const r = await get(server.origin + '/modernGov/ieListDocuments.aspx?CId=131&MId=2145&Ver=4');
    expect(r.status).toBe(200);
    expect(r.body).toContain('1801');
    expect((await get(server.origin + '/moderngov/IELISTDOCUMENTS.aspx?MID=2145')).status).toBe(200);
    expect((await get(server.origin + '/ieListDocuments.aspx?CId=131&MId=2145')).status).toBe(404);
    expect((await get(server.origin + '/modernGov/SiteSpecific/ssMgStyles.css')).status).toBe(200);
  });

  it('answers 404 for unknown pages and files outside the site', async () => {
    expect((await get(server.origin + '/ieListDocuments.aspx?CId=1&MId=424242')).status).toBe(404);
    expect((await get(server.origin + '/nothing-here.html')).status).toBe(404);
    expect((await get(server.origin + '/routes.json')).status).toBe(404);
    expect((await get(server.origin + '/%2e%2e/%2e%2e/package.json')).status).toBe(404);
  });

  it('serves the seed PDF as printed minutes, images and placeholder reports', async () => {
    const pdf = await get(
      server.origin + encodeURI('/documents/g3046/Printed minutes 27th-Sep-2017 10.00 Cabinet.pdf') + '?T=1',
    );
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.bytes).toBeGreaterThan(50_000);
    const gif = await get(server.origin + '/mgimages/logo-pdf-1.gif');
    expect(gif.type).toBe('image/gif');
    const report = await get(server.origin + encodeURI('/documents/s17460/Fostering Modernisation Plan.pdf'));
    expect(report.status).toBe(200);
    expect(report.body.startsWith('%PDF-')).toBe(true);
  });

  it('has a committee with 12 meetings listed on ieListMeetings, all served', async () => {
    expect(DEMO_BACKFILL.meetings).toHaveLength(12);
    const r = await get(server.origin + DEMO_BACKFILL.listPath);
    const doc = new DOMParser().parseFromString(r.body, 'text/html');
    const links = [...doc.querySelectorAll('.mgContent a')].filter((a) =>
      /ieListDocuments\.aspx/i.test(a.getAttribute('href') ?? ''),
    );
    expect(links).toHaveLength(12);
    expect(links.filter((a) => /CANCELLED/.test(a.textContent ?? '')).length).toBeGreaterThanOrEqual(1);
    for (const m of DEMO_BACKFILL.meetings as { path: string; cancelled: boolean }[]) {
      const page = await get(server.origin + m.path);
      expect(page.status, m.path).toBe(200);
      if (m.cancelled) expect(page.body).toContain('No documents are available for this meeting');
    }
  });

  it('links the later agenda to the earlier minutes and the issue history', async () => {
    const later = await get(server.origin + DEMO_RELATED.later);
    expect(later.body).toContain(DEMO_RELATED.reference);
    expect(later.body).toContain(`mgIssueHistoryHome.aspx?IId=${DEMO_RELATED.issueItem.iid}`);
    const issue = await get(server.origin + `/mgIssueHistoryHome.aspx?IId=${DEMO_RELATED.issueItem.iid}`);
    expect(issue.body).toContain('MID=5580');
    expect(issue.body).toContain('MID=5581');
  });

  it('keeps mgWebService off by default and answers XML when enabled', async () => {
    expect(
      (
        await get(
          server.origin + '/mgWebService.asmx/GetMeetings?lCommitteeId=433&sFromDate=01/10/2022&sToDate=31/10/2023',
        )
      ).status,
    ).toBe(404);
    const r = await get(
      wsServer.origin + '/mgWebService.asmx/GetMeetings?lCommitteeId=433&sFromDate=01/10/2022&sToDate=31/10/2023',
    );
    expect(r.status).toBe(200);
    expect(r.body).toContain('<meetingscount> 12</meetingscount>');
    const m = await get(wsServer.origin + '/mgWebService.asmx/GetMeeting?lMeetingId=5580');
    expect(m.body).toContain('<fulldisplaynumberformat>26.</fulldisplaynumberformat>');
  });

  it('hostile page keeps its payloads as text, apart from its own counted markup', async () => {
    const r = await get(server.origin + DEMO_HOSTILE.path);
    expect(r.body).toContain('&lt;img src=x onerror=');
    expect(r.body).toContain('javascript:');
    expect(r.body).toContain(`data-page-pwned-expected="${DEMO_HOSTILE.pagePwnedExpected}"`);
    const realRuns = (r.body.match(/window\.__pagePwned=\(window\.__pagePwned\|\|0\)\+1/g) ?? []).length;
    expect(realRuns).toBe(DEMO_HOSTILE.pagePwnedExpected);
    // text payloads never appear as live markup
    expect(r.body).not.toMatch(/<img src=x onerror/);
    expect(r.body).not.toMatch(/<script>window\.__pwned/);
  });

  it('logs every request with a time', async () => {
    const before = server.requests.length;
    await get(server.origin + '/ieListDocuments.aspx?CId=122&MId=3046');
    expect(server.requests.length).toBe(before + 1);
    expect(server.requests.at(-1)).toMatchObject({ path: '/ieListDocuments.aspx?CId=122&MId=3046' });
    expect(typeof server.requests.at(-1)?.time).toBe('number');
  });
});
