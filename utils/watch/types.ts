// Records of the watch feature (IndexedDB `scrutineer-watch`, see db.ts). Plain data only: they
// are stored and sent across the message boundary to the popup, tracker and options pages.

/** A committee the user watches: every new meeting (agenda, minutes) it publishes is reported. */
export interface CommitteeWatch {
  /** `committee|host|cid`. */
  id: string;
  kind: 'committee';
  /** Council origin (`https://democracy.example.gov.uk`): the one place requests go. */
  origin: string;
  host: string;
  /** The ModernGov directory (councils mount it under sub-paths such as /modernGov/). */
  base: string;
  cid: string;
  committee: string | null;
  paused: boolean;
  createdAt: string;
}

/** Words or a phrase the user watches, anywhere checked or limited to one council or committee. */
export interface SubjectWatch {
  /** `subject|<random>`. */
  id: string;
  kind: 'subject';
  /** What the user typed: words (all must appear) or a "quoted phrase". */
  words: string;
  /** Null: any council the checker reads. */
  origin: string | null;
  host: string | null;
  /** Set when limited to one committee (then that committee's list is checked too). */
  base: string | null;
  cid: string | null;
  committee: string | null;
  paused: boolean;
  createdAt: string;
}

export type Watch = CommitteeWatch | SubjectWatch;

export type NewReason = 'committee' | 'subject' | 'followup';

/** Something new found by a check, shown in the popup's "New" section and the tracker's "What's new". */
export interface NewEntry {
  /** Deterministic (reason + what + why), so a second check never reports the same thing twice. */
  id: string;
  reason: NewReason;
  /** The council page: the meeting, or the item on it (`#AI<id>`). */
  href: string;
  /** What was published ("Agenda: People and Health Overview Committee, 17 Oct 2023", an item title). */
  title: string;
  /** Why it is shown ("Watched committee", `Matches "libraries"`, "Possibly delivered: …"). */
  why: string;
  host: string;
  committee: string | null;
  meetingDate: string | null;
  watchId: string | null;
  /** For `followup`: why the matcher thinks so ("Similar to the item tracked at …"). */
  detail?: string;
  /** For `followup`: the follow-up this item may deliver, and the item to link it to. */
  followUpId?: string;
  followUpText?: string;
  item?: { url: string; title: string; meetingDate: string | null };
  foundAt: string;
  seen: boolean;
  dismissed: boolean;
}

/** What one committee's meetings list looked like at the last check. */
export interface ListState {
  /** `host|cid`. */
  key: string;
  /** Validators for a conditional request (ETag / Last-Modified) and a hash of the last body. */
  etag: string | null;
  lastModified: string | null;
  hash: string | null;
  /** The list URL the validators belong to. */
  url: string | null;
  /** Null until tried; false once the council's mgWebService proved unusable (404, count only). */
  webService: boolean | null;
  /** Meetings known (MId → date); the first read only records them (nothing is "new" yet). */
  known: Record<string, { date: string | null; titles: string[] | null; minutes: boolean }>;
  seeded: boolean;
  checkedAt: string | null;
}

/** A council site's health, so a failing site is left alone for a while (never a retry loop). */
export interface HostState {
  host: string;
  failures: number;
  /** ms epoch before which no request goes to this host. */
  retryAt: number;
  lastError: string | null;
  lastOkAt: string | null;
}
