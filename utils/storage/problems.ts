// Storage failures the user must hear about, each with wording a councillor can act on.
// Messages cross the message boundary as strings (see utils/messages.ts `Failure`); this module
// does not import the catalogue, since storage sits below messaging (eslint.config.js).

export type ProblemKind = 'quota' | 'blocked' | 'unavailable' | 'not-found' | 'invalid' | 'unknown';

const MESSAGES: Record<Exclude<ProblemKind, 'not-found' | 'invalid' | 'unknown'>, string> = {
  quota:
    'Scrutineer could not save: the browser says its storage is full. Export a backup (JSON), then free some disk space or delete old follow-ups.',
  blocked:
    'Scrutineer is upgrading its storage, but another Scrutineer tab or window still has the old version open. Close other Scrutineer tabs (or restart the browser) and try again.',
  unavailable:
    'Scrutineer cannot open its storage (private browsing or a browser setting may block it). Nothing has been saved.',
};

/** An error whose message is meant for the user. */
export class StorageProblem extends Error {
  constructor(
    readonly kind: ProblemKind,
    message: string,
  ) {
    super(message);
    this.name = 'StorageProblem';
  }

  static quota(): StorageProblem {
    return new StorageProblem('quota', MESSAGES.quota);
  }

  static blocked(): StorageProblem {
    return new StorageProblem('blocked', MESSAGES.blocked);
  }

  /** Classify a DOMException from IndexedDB; anything else keeps its own message. */
  static from(error: unknown): StorageProblem {
    if (error instanceof StorageProblem) return error;
    const name = (error as { name?: unknown } | null)?.name;
    if (name === 'QuotaExceededError') return StorageProblem.quota();
    if (name === 'InvalidStateError' || name === 'UnknownError' || name === 'SecurityError') {
      return new StorageProblem('unavailable', MESSAGES.unavailable);
    }
    return new StorageProblem(
      'unknown',
      `Scrutineer's storage failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
