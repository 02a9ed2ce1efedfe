// mgWebService.asmx answers (bare XML over GET, shapes in ../shared/MODERNGOV.md (c), fixtures
// in ../shared/corpus/moderngov-html/manchester-mgWebService-*.xml) turned into our records.
// Pure: an XML Document in, data out; the caller parses the text with DOMParser('text/xml').
import { analyseBlock } from '../extract';
import { isRoutineTitle } from '../extract/routine';
import { meetingKey } from '../moderngov/keys';
import { readModernGovIds } from '../moderngov/urls';
import { parseDate } from '../text/dates';
import { blockText } from '../parser/text';
import type { AgendaItem, ParsedPage } from '../types';
import { text } from './web-service-list';

// GetMeetings lives in web-service-list.ts: the content script reads meeting lists without the
// extraction engine this file needs for GetMeeting's item text.
export { readGetMeetings } from './web-service-list';

/**
 * The entity-escaped Word HTML inside the XML → plain text. DOMParser makes an inert document (no
 * browsing context: nothing in it loads or runs).
 */
function htmlText(html: string): string {
  if (!html) return '';
  return blockText(new DOMParser().parseFromString(html, 'text/html').body);
}

/** GetMeeting → a ParsedPage as if its ieListDocuments page had been read; null when not a meeting. */
export function readGetMeeting(xml: Document, meetingUrl: string, committee: string | null): ParsedPage | null {
  const root = xml.documentElement;
  if (!root || root.nodeName.toLowerCase() !== 'meeting') return null;
  const url = new URL(meetingUrl);
  const meetingDate = parseDate(text(root, 'meetingdate'));
  const minutes = /true/i.test(text(root, 'minutepublished'));
  const items: AgendaItem[] = [];
  for (const ai of root.getElementsByTagName('agendaitem')) {
    const title = htmlText(text(ai, 'agendaitemtitle')).trim();
    const agendaText = htmlText(text(ai, 'agendatext'));
    const minutesText = htmlText(text(ai, 'minutesnonemptyhtmlbody'));
    const body = [agendaText, minutesText].filter(Boolean).join('\n\n');
    const analysis = analyseBlock(body, { meetingDate, kind: minutesText ? 'minutes' : 'agenda' });
    const id = text(ai, 'agendaitemid') || null;
    items.push({
      number: text(ai, 'fulldisplaynumberformat').replace(/\.$/, '') || null,
      title,
      agendaItem: null,
      pages: null,
      text: body,
      resolution: analysis.resolution,
      recommendation: analysis.recommendation,
      actions: analysis.actions,
      references: analysis.references,
      documents: [],
      routine: isRoutineTitle(title),
      agendaItemId: id,
      issueId: null,
    });
  }
  return {
    url: url.href,
    host: url.host.toLowerCase(),
    pageKey: meetingKey(url.host, readModernGovIds(url).mid ?? ''),
    pageKind: 'meeting',
    heading: null,
    meeting: {
      kind: minutes ? 'minutes' : 'agenda',
      committee,
      meetingDate,
      time: text(root, 'meetingtime') || null,
      venue: text(root, 'meetinglocation') || null,
      status: /cancel/i.test(text(root, 'meetingstatus')) ? 'cancelled' : null,
      items,
      documents: [],
    },
    ids: readModernGovIds(url),
    history: [],
  };
}
