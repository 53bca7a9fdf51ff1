/** An incident's impact as the public sees it, least first. */
export const PUBLIC_IMPACTS = ['NONE', 'MINOR', 'MAJOR', 'CRITICAL'] as const;
export type PublicImpact = (typeof PUBLIC_IMPACTS)[number];

/**
 * The public impact of an incident, on the scale Atlassian Statuspage uses, from the rank of its
 * severity (1 = most severe): rank 1 is CRITICAL, 2 MAJOR, 3 MINOR, any lower severity NONE.
 */
export function publicImpact(severityRank: number): PublicImpact {
  if (severityRank <= 1) return 'CRITICAL';
  if (severityRank <= 2) return 'MAJOR';
  if (severityRank <= 3) return 'MINOR';
  return 'NONE';
}
