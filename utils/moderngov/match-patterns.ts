// Match patterns are case-sensitive while IIS is not, and councils mount ModernGov under
// sub-paths (/modernGov/), hence `*://*/*file*` plus a runtime check in page-detect.ts.
export const MODERNGOV_MATCHES = [
  '*://*/*ieListDocuments.aspx*',
  '*://*/*mgAi.aspx*',
  '*://*/*ieDecisionDetails.aspx*',
  '*://*/*ieIssueDetails.aspx*',
  '*://*/*mgIssueHistoryHome.aspx*',
  '*://*/*mgDecisionDetails.aspx*',
];
