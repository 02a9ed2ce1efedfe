// The meeting digest's line for the reports read so far: "3 reports, 7 recommendations" and the
// money they ask for, by role (each report's distinct figures per role, summed). Pure.
import type { ReportSummary } from '../extract/report';

export interface ReportsDigest {
  reports: number;
  recommendations: number;
  /** Largest total first. */
  money: Array<{ role: string; amount: number }>;
}

export function digestReports(reports: ReportSummary[]): ReportsDigest {
  const byRole = new Map<string, number>();
  for (const r of reports) {
    const seen = new Set<string>();
    for (const f of r.figures) {
      const key = `${f.role}|${f.amount}`;
      if (seen.has(key) || !(f.amount > 0)) continue;
      seen.add(key);
      byRole.set(f.role, (byRole.get(f.role) ?? 0) + f.amount);
    }
  }
  return {
    reports: reports.length,
    recommendations: reports.reduce((n, r) => n + r.recommendations.length, 0),
    money: [...byRole].map(([role, amount]) => ({ role, amount })).sort((a, b) => b.amount - a.amount),
  };
}
