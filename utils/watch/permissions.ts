// Host access, only where the user asked. A watch needs the background to read one council site;
// the manifest declares that access as optional (`optional_host_permissions` in MV3, optional
// permissions in Firefox MV2), an extension page asks for the one council's pattern from the
// click that creates the first watch there (browsers require a user gesture), and the background
// gives it back when the last watch on that council is removed.
import { browser } from 'wxt/browser';

/** The match pattern for a council origin: scheme and host, any port and path (match patterns carry no port). */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

export async function hasHostAccess(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(origin)] });
  } catch {
    return false;
  }
}

/** Give back access to a council no watch needs any more; true when it was released. */
export async function releaseHostAccess(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.remove({ origins: [originPattern(origin)] });
  } catch {
    return false;
  }
}
