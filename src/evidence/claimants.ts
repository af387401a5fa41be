import type { Dataset } from '../data/schema';

/**
 * Claimant ids that have made at least one control claim, sorted: besides the combined view,
 * the claims views a reader can pick.
 */
export function controlClaimants(dataset: Pick<Dataset, 'claims'>): string[] {
  return [...new Set(dataset.claims.map((claim) => claim.claimant))].sort();
}
