// The item's documents (report, appendices), links only when http(s).
import type { DocumentLink } from '../../utils/types';
import { httpOnly } from '../../utils/overlay/safe-url';

export interface DocumentListProps {
  documents: DocumentLink[];
}

export function DocumentList({ documents }: DocumentListProps) {
  const safe = documents.flatMap((d) => {
    const href = httpOnly(d.href);
    return href ? [{ ...d, href }] : [];
  });
  if (!safe.length) return null;
  return (
    <details class="section docs">
      <summary class="label">Documents ({safe.length})</summary>
      <ul>
        {safe.map((d) => (
          <li key={d.href}>
            <a href={d.href} target="_blank" rel="noopener noreferrer">
              {d.title}
            </a>
            {d.size ? <span class="muted"> ({d.size})</span> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
