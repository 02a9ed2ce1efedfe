// Keys that survive URL variants: ModernGov links the same meeting as `MId=`, `MID=`,
// `MeetingId=`, with or without `Ver=4`, `bcr=1`, a sub-path or a `#AI` fragment. A key is the
// council host plus the page's identifying ids, lower-cased, never the raw URL.
const ID_ALIASES: Record<string, string> = {
  mid: 'mid',
  meetingid: 'mid',
  cid: 'cid',
  committeeid: 'cid',
  id: 'id',
  aiid: 'aiid',
  iid: 'iid',
};

/** ModernGov ids in a URL's query, with keys normalised to lower case (`MID` → `mid`). */
export function readModernGovIds(url: URL): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    const name = ID_ALIASES[key.toLowerCase()];
    if (name && value.trim()) ids[name] = value.trim().toLowerCase();
  }
  return ids;
}

/** The file name of a ModernGov URL, lower-cased (`ielistdocuments.aspx`). */
export function modernGovFile(url: URL): string {
  return (url.pathname.split('/').pop() ?? '').toLowerCase();
}

/**
 * `host|kind|ids`: a meeting is keyed by its MId alone (the CId is redundant and sometimes
 * missing), an agenda item by its id, an issue by its IId.
 */
export function pageKey(url: URL): string {
  const ids = readModernGovIds(url);
  const file = modernGovFile(url);
  const host = url.host.toLowerCase();
  if (file === 'ielistdocuments.aspx' && ids.mid) return `${host}|meeting|${ids.mid}`;
  if (file === 'mgai.aspx' && ids.id) return `${host}|item|${ids.id}`;
  if (file === 'iedecisiondetails.aspx') {
    if (ids.aiid) return `${host}|item|${ids.aiid}`;
    if (ids.id) return `${host}|decision|${ids.id}`;
  }
  if (ids.iid) return `${host}|issue|${ids.iid}`;
  const rest = Object.keys(ids)
    .sort()
    .map((k) => `${k}=${ids[k]}`)
    .join('&');
  return `${host}|${file}|${rest}`;
}
