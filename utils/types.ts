// The domain vocabulary every module shares. Plain data only: these values cross the
// content-script ↔ background message boundary and are stored in IndexedDB, so no
// classes, functions or DOM nodes.

/** What a ModernGov page shows. `unrecognised` = a matched URL whose DOM is not ModernGov. */
export type PageKind = 'meeting' | 'agenda-item' | 'decision' | 'issue' | 'unrecognised';

/** What kind of council paper a block of text is. */
export type DocumentKind =
  'agenda' | 'minutes' | 'decisions' | 'agenda-pack' | 'decision-record' | 'issue-history' | 'report' | 'unknown';

/** A due date as precise as the text allows: `YYYY-MM-DD`, `YYYY-MM`, or null. */
export type DueDate = string | null;

export type ActionKind =
  | 'report-back' // "an update report be submitted to Cabinet in April 2018"
  | 'circulate' // "would be circulated to Members"
  | 'review' // "the committee would review the action plan in 12 months' time"
  | 'undertaking' // "officers undertook to …", "agreed to …"
  | 'referral' // "be recommended to Council", "referred to …"
  | 'delegation' // "delegated to the Director …"
  | 'other';

/** A clause that commits someone to do something later. */
export interface Action {
  text: string;
  kind: ActionKind;
  /** Officer, member or body responsible, as printed. */
  owner: string | null;
  due: DueDate;
  /** How the due date was found: an exact date, a month, "next meeting", a relative period. */
  dueBasis: 'date' | 'month' | 'next-meeting' | 'relative' | 'none';
  /** The words the due date was read from ("by the end of the financial year", "in due course"), or null. */
  dueText?: string | null;
  /** The whole sentence the action was found in. */
  evidence: string;
}

/** A decision actually taken (minutes, decision records). */
export interface Resolution {
  text: string;
  /** Numbered or lettered parts kept together, e.g. ["(a) …", "(b) …"]. */
  parts: string[];
}

/** Recommended-but-not-yet-decided text (agendas, reports). */
export interface Recommendation {
  text: string;
  parts: string[];
}

/** A pointer from one meeting's text to an earlier meeting or minute. */
export interface Reference {
  kind: 'minutes-of-meeting' | 'minute-number' | 'meeting' | 'issue';
  text: string;
  /** ISO date of the meeting referred to, when stated. */
  meetingDate: string | null;
  /** Committee named, when stated ("following the Cabinet meeting held on …"). */
  committee: string | null;
  /** Minute or item number referred to ("Min 107"). */
  minute: string | null;
  /** Title of the item referred to, when quoted ("in relation to item 5 (Budget Monitoring)"). */
  title?: string | null;
}

export interface DocumentLink {
  title: string;
  href: string;
  /** "PDF 684 KB" as printed, if any. */
  size: string | null;
  kind: 'agenda' | 'minutes' | 'decisions' | 'pack' | 'report' | 'appendix' | 'other';
}

export interface AgendaItem {
  /** As printed ("117", "78/21", "116a", "7."→"7"), or null when the item has no number. */
  number: string | null;
  /** The number exactly as the page prints it ("7.", "16/17"), when read from a page. */
  printedNumber?: string | null;
  title: string;
  /** Agenda item number when the minute number differs ("(Agenda Item 4)"). */
  agendaItem: string | null;
  /** Page range in an agenda ("9 - 28"). */
  pages: string | null;
  /** Body text of the item (discussion, minutes), plain text. */
  text: string;
  resolution: Resolution | null;
  recommendation: Recommendation | null;
  actions: Action[];
  references: Reference[];
  documents: DocumentLink[];
  /** Routine business (apologies, declarations, previous minutes): collapsed in the overlay. */
  routine: boolean;
  /** ModernGov agenda item id (`#AI<id>`, mgAi.aspx?ID=), when known. */
  agendaItemId: string | null;
  /** ModernGov issue id (mgIssueHistoryHome.aspx?IId=), when linked. */
  issueId: string | null;
}

export interface Meeting {
  kind: DocumentKind;
  committee: string | null;
  /** ISO YYYY-MM-DD. */
  meetingDate: string | null;
  /** "10.00 am" as printed. */
  time: string | null;
  venue: string | null;
  status: 'draft' | 'confirmed' | 'cancelled' | null;
  items: AgendaItem[];
  /** Meeting-level documents (agenda frontsheet, printed minutes …). */
  documents: DocumentLink[];
}

/** Result of the extraction engine: an agenda pack yields several parts. */
export interface Extraction {
  parts: Meeting[];
}

export type FollowUpKind = 'item' | 'resolution' | 'action' | 'recommendation';
export type FollowUpStatus = 'Open' | 'In progress' | 'Waiting for response' | 'Done' | 'Dropped';
export const FOLLOW_UP_STATUSES: readonly FollowUpStatus[] = [
  'Open',
  'In progress',
  'Waiting for response',
  'Done',
  'Dropped',
];

/** Where a tracked thing came from, enough to reopen the page at it. */
export interface FollowUpSource {
  url: string;
  host: string;
  /** Stable key: council host + lower-cased ModernGov ids, never the raw URL. */
  pageKey: string;
  pageKind: PageKind;
  committee: string | null;
  meetingDate: string | null;
  itemNumber: string | null;
  itemTitle: string;
  agendaItemId: string | null;
  /** The quoted text, and where it stood, for re-anchoring. */
  quote: string;
  position: number | null;
}

export interface NoteEntry {
  at: string; // ISO timestamp
  text: string;
}

export interface FollowUp {
  id: string;
  source: FollowUpSource;
  kind: FollowUpKind;
  text: string;
  status: FollowUpStatus;
  due: DueDate;
  owner: string | null;
  notes: NoteEntry[];
  tags: string[];
  createdAt: string;
  updatedAt: string;
  /** Set when a later agenda item is linked as the promised update. */
  resolvedBy?: { url: string; title: string; meetingDate: string | null } | null;
}

/** What the content script asks the background to track. */
export type NewFollowUp = Pick<FollowUp, 'source' | 'kind' | 'text' | 'due' | 'owner'>;

/** One earlier outing of a matter, as an issue-history page lists it. */
export interface IssueHistoryEntry {
  meetingDate: string | null;
  committee: string | null;
  itemNumber: string | null;
  title: string;
  /** Link to the meeting page (at the item's `#AI` anchor where known). */
  href: string;
  decision: string | null;
}

/** What the DOM reader made of one ModernGov page. */
export interface ParsedPage {
  url: string;
  host: string;
  /** Stable key: council host + lower-cased ModernGov ids (see utils/moderngov/keys.ts). */
  pageKey: string;
  pageKind: Exclude<PageKind, 'unrecognised'>;
  /** Page heading as printed ("Agenda, decisions and minutes"). */
  heading: string | null;
  meeting: Meeting;
  /** ModernGov ids from the URL, lower-cased keys: cid, mid, id, aiid, iid. */
  ids: Record<string, string>;
  /** Issue pages: every meeting at which the matter came up. */
  history: IssueHistoryEntry[];
}
