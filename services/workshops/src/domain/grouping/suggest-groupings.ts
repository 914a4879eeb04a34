import type { GroupingSuggestion, NeedForGrouping } from "./grouping-types.js";
import { averageLinkClusters } from "./average-link-clusters.js";
import { groupReasons, profileNeeds, profileSimilarity } from "./need-similarity.js";

/**
 * Tuned on the Ariège statements of the unit tests, where the pairs that belong together
 * score 0.48 to 0.63 and the closest pairs that do not score 0.26 to 0.30. At 0.4, two
 * needs of one theme group from a text cosine of about 0.29, needs of different themes from
 * about 0.57 (0.43 with the very same territories), and a shared theme and territory without
 * a common word (0.3) never do.
 */
export const DEFAULT_GROUPING_THRESHOLD = 0.4;

export interface SuggestGroupingsOptions {
  /** Lowest average similarity, in (0, 1], at which two groups are merged. */
  threshold?: number;
  /** Needs already in a candidate project: left out of every suggestion. */
  excludeNeedIds?: ReadonlySet<string>;
}

const byId = (a: NeedForGrouping, b: NeedForGrouping) => (a.needId < b.needId ? -1 : a.needId > b.needId ? 1 : 0);

/** The needs to compare, each id once, in id order so that the input order never matters. */
function candidates(needs: readonly NeedForGrouping[], excluded: ReadonlySet<string>): NeedForGrouping[] {
  const seen = new Set<string>();
  return [...needs]
    .sort((a, b) => byId(a, b) || (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
    .filter((need) => !excluded.has(need.needId) && !seen.has(need.needId) && seen.add(need.needId));
}

/**
 * Suggests groups of similar needs that could each make one candidate project, most alike
 * first (then by first need id); needs are listed by id, and each appears at most once.
 *
 * Average-link agglomerative clustering: start from one group per need and merge, again and
 * again, the two groups whose needs are most alike on average, while that average reaches
 * the threshold. Average rather than single link because single link chains: A like B and
 * B like C would put A with C even when they have nothing in common, and a facilitator
 * would face one catch-all group. With average link, every suggested group's average
 * pairwise similarity is at least the threshold.
 *
 * Cost: every pair of needs is compared once, and the clustering is O(n²) too (see
 * {@link averageLinkClusters}): 125 000 pairs for a 500-need workshop day, well under a
 * tenth of a second. Beyond a few thousand needs the n × n matrix (8n² bytes) would call
 * for another method; a workshop day never gets there.
 */
export function suggestGroupings(
  needs: readonly NeedForGrouping[],
  options: SuggestGroupingsOptions = {},
): GroupingSuggestion[] {
  const threshold = options.threshold ?? DEFAULT_GROUPING_THRESHOLD;
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`Seuil de regroupement hors de ]0, 1] : ${threshold}`);
  const compared = candidates(needs, options.excludeNeedIds ?? new Set());
  const n = compared.length;
  if (n < 2) return [];

  const { idf, profiles } = profileNeeds(compared);
  const similarity = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      similarity[i * n + j] = similarity[j * n + i] = profileSimilarity(profiles[i]!, profiles[j]!);

  const suggestions = averageLinkClusters(similarity, n, threshold)
    .filter(({ members }) => members.length >= 2)
    .map(({ members, pairwiseSum }) => ({
      needIds: members.map((k) => compared[k]!.needId),
      similarity: Math.round((pairwiseSum / ((members.length * (members.length - 1)) / 2)) * 100) / 100,
      reasons: groupReasons(
        members.map((k) => profiles[k]!),
        idf,
      ),
    }));
  return suggestions.sort((a, b) => b.similarity - a.similarity || (a.needIds[0]! < b.needIds[0]! ? -1 : 1));
}
