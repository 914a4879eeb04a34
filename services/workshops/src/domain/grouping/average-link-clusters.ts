/** A cluster found by {@link averageLinkClusters}. */
export interface Cluster {
  /** Item indices, ascending. */
  members: number[];
  /** Sum of the similarities of every pair of members (0 for a single item). */
  pairwiseSum: number;
}

/**
 * Average-link agglomerative clustering cut at `threshold`: the groups obtained by merging,
 * again and again, the two clusters whose items are most alike on average, while that
 * average is at least `threshold`.
 *
 * Computed with the nearest-neighbour chain, which gives the same clusters as merging the
 * best pair first (average link is "reducible": merging two clusters never brings a third
 * one closer than it was to either of them) in O(n²) time instead of O(n³). The same
 * property lets a cluster whose nearest neighbour is under the threshold be set aside for
 * good. Ties go to the lowest index, so the result depends on the order of the items only
 * through their indices.
 *
 * @param similarity n × n symmetric matrix, row-major, in [0, 1]; overwritten.
 */
export function averageLinkClusters(similarity: Float64Array, n: number, threshold: number): Cluster[] {
  const sum = similarity; // sum[i * n + j]: sum of the item similarities between clusters i and j
  const members = Array.from({ length: n }, (_, i) => [i]);
  const pairwiseSum = new Float64Array(n);
  const open = new Uint8Array(n).fill(1); // still able to merge
  const average = (i: number, j: number) => sum[i * n + j]! / (members[i]!.length * members[j]!.length);

  /** The open cluster most like `a`, at least `threshold`; `previous` wins a tie (the chain needs it). */
  function nearest(a: number, previous: number | undefined): number | undefined {
    let best: number | undefined;
    let bestAverage = threshold;
    for (let k = 0; k < n; k++) {
      if (!open[k] || k === a) continue;
      const value = average(a, k);
      if (value > bestAverage || (best === undefined && value === bestAverage)) [best, bestAverage] = [k, value];
    }
    return previous !== undefined && best !== undefined && average(a, previous) === bestAverage ? previous : best;
  }

  function merge(a: number, b: number): void {
    const [i, j] = a < b ? [a, b] : [b, a];
    pairwiseSum[i] = pairwiseSum[i]! + pairwiseSum[j]! + sum[i * n + j]!;
    members[i] = [...members[i]!, ...members[j]!].sort((x, y) => x - y);
    open[j] = 0;
    for (let k = 0; k < n; k++)
      if (open[k] && k !== i) sum[i * n + k] = sum[k * n + i] = sum[i * n + k]! + sum[j * n + k]!;
  }

  const settled: number[] = [];
  const chain: number[] = [];
  for (let start = 0; start < n; ) {
    if (chain.length === 0) {
      while (start < n && !open[start]) start++;
      if (start < n) chain.push(start);
      continue;
    }
    const a = chain[chain.length - 1]!;
    const previous = chain[chain.length - 2];
    const b = nearest(a, previous);
    if (b === undefined) {
      open[a] = 0;
      settled.push(a);
      chain.pop();
    } else if (b === previous) {
      chain.length -= 2;
      merge(a, b);
    } else chain.push(b);
  }
  return settled.sort((x, y) => x - y).map((i) => ({ members: members[i]!, pairwiseSum: pairwiseSum[i]! }));
}
