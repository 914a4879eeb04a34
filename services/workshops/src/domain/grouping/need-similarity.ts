import { domainSubjects, frenchTerms, type FrenchTerm } from "./french-text.js";
import type { NeedForGrouping } from "./grouping-types.js";

/**
 * How much each clue counts. The statement carries the need, so the text dominates (0.7).
 * The theme is a strong but coarse hint: one theme holds several distinct projects ("fibre
 * for the business parks" and "4G in the villages" are both infrastructures), so it only
 * helps close statements over the line (0.2). A shared territory matters least (0.1): needs
 * of one commune are often unrelated, and the same need comes from many communes.
 * Theme and territory together (0.3) stay under the default threshold: a grouping always
 * needs some common wording.
 */
export const SIMILARITY_WEIGHTS = { text: 0.7, theme: 0.2, territory: 0.1 } as const;

/** Subjects share the vectors of words; no word can start with this, the tokenizer drops it. */
const SUBJECT_PREFIX = "#";
/**
 * A workshop subject counts as two words: it is a curated, high-precision sign that two
 * statements speak of the same thing ("zones blanches" and "pas de 4G"), worth more than
 * one ordinary word in common.
 */
const SUBJECT_COUNT = 2;

/** Word statistics of the needs being compared, from {@link buildIdf}. */
export interface Idf {
  readonly documentCount: number;
  /** In how many needs each stem (or `#subject`) appears. */
  readonly documentFrequency: ReadonlyMap<string, number>;
  /** The word facilitators read for each stem: its commonest written form. */
  readonly labels: ReadonlyMap<string, string>;
}

/** A need made ready for comparison: its TF-IDF vector, sorted by term so that sums are symmetric. */
export interface NeedProfile {
  need: NeedForGrouping;
  terms: readonly string[];
  weights: readonly number[];
  norm: number;
  territories: ReadonlySet<string>;
}

export interface NeedSimilarity {
  /** 0–1, unrounded. */
  similarity: number;
  /** In French, for the facilitator. */
  reasons: string[];
}

/** Term counts of a statement: its stems and the workshop subjects it speaks of. */
function termCounts(terms: readonly FrenchTerm[]): Map<string, number> {
  const stems = terms.map((term) => term.stem);
  const counts = new Map<string, number>();
  for (const stem of stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  for (const label of domainSubjects(stems)) counts.set(SUBJECT_PREFIX + label, SUBJECT_COUNT);
  return counts;
}

/** Document frequencies and display words over the needs being compared. */
export function buildIdf(needs: readonly NeedForGrouping[]): Idf {
  return idfOf(needs.map((need) => frenchTerms(need.statement)));
}

function idfOf(statements: readonly (readonly FrenchTerm[])[]): Idf {
  const documentFrequency = new Map<string, number>();
  const writtenForms = new Map<string, Map<string, number>>();
  for (const terms of statements) {
    for (const term of termCounts(terms).keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    for (const { stem, word } of terms) {
      const forms = writtenForms.get(stem) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + 1);
      writtenForms.set(stem, forms);
    }
  }
  const labels = new Map<string, string>();
  for (const [stem, forms] of writtenForms) {
    const [commonest] = [...forms].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
    if (commonest) labels.set(stem, commonest[0]);
  }
  return { documentCount: statements.length, documentFrequency, labels };
}

/** Smoothed IDF (as in scikit-learn): a term found in every need still weighs 1, a term unseen weighs most. */
function idfWeight(idf: Idf, term: string): number {
  return Math.log((1 + idf.documentCount) / (1 + (idf.documentFrequency.get(term) ?? 0))) + 1;
}

/** A need ready for comparison with others weighed by `idf`. */
export function profileNeed(need: NeedForGrouping, idf: Idf): NeedProfile {
  return profileOf(need, frenchTerms(need.statement), idf);
}

/** The IDF of some needs and their profiles, each statement read once. */
export function profileNeeds(needs: readonly NeedForGrouping[]): { idf: Idf; profiles: NeedProfile[] } {
  const statements = needs.map((need) => frenchTerms(need.statement));
  const idf = idfOf(statements);
  return { idf, profiles: needs.map((need, k) => profileOf(need, statements[k]!, idf)) };
}

function profileOf(need: NeedForGrouping, statement: readonly FrenchTerm[], idf: Idf): NeedProfile {
  const terms = [...termCounts(statement)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const weights = terms.map(([term, count]) => count * idfWeight(idf, term));
  return {
    need,
    terms: terms.map(([term]) => term),
    weights,
    norm: Math.sqrt(weights.reduce((sum, w) => sum + w * w, 0)),
    territories: new Set(need.territoryCodes),
  };
}

/** Dot product of two TF-IDF vectors, summed in term order whichever comes first (so symmetric to the bit). */
function dotProduct(a: NeedProfile, b: NeedProfile): number {
  let dot = 0;
  for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length; ) {
    const [termA, termB] = [a.terms[i]!, b.terms[j]!];
    if (termA === termB) dot += a.weights[i++]! * b.weights[j++]!;
    else if (termA < termB) i++;
    else j++;
  }
  return dot;
}

/** Cosine of the TF-IDF vectors, 0 when a statement has no meaningful word. */
function textSimilarity(a: NeedProfile, b: NeedProfile): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  return Math.min(1, dotProduct(a, b) / (a.norm * b.norm));
}

function territoryJaccard(a: NeedProfile, b: NeedProfile): number {
  let common = 0;
  for (const code of a.territories) if (b.territories.has(code)) common++;
  const union = a.territories.size + b.territories.size - common;
  return union === 0 ? 0 : common / union;
}

/** The similarity of two prepared needs, in [0, 1] and symmetric. */
export function profileSimilarity(a: NeedProfile, b: NeedProfile): number {
  const score =
    SIMILARITY_WEIGHTS.text * textSimilarity(a, b) +
    SIMILARITY_WEIGHTS.theme * (a.need.themeCode === b.need.themeCode ? 1 : 0) +
    SIMILARITY_WEIGHTS.territory * territoryJaccard(a, b);
  return Math.min(1, Math.max(0, score));
}

const MAX_WORDS_IN_REASON = 4;

/**
 * Why a group of needs goes together, in French: the words and subjects at least two of
 * them share (the most telling first), the theme if all have it, the territories at least
 * two of them name.
 */
export function groupReasons(profiles: readonly NeedProfile[], idf: Idf): string[] {
  // Per term: how many needs have it, and Σ w, Σ w² of its weights, since the sum over pairs
  // of w_i·w_j is ((Σ w)² − Σ w²) / 2: linear in the size of the group, not quadratic.
  const stats = new Map<string, { needs: number; sum: number; squares: number }>();
  for (const { terms, weights } of profiles)
    terms.forEach((term, k) => {
      const w = weights[k]!;
      const s = stats.get(term) ?? { needs: 0, sum: 0, squares: 0 };
      stats.set(term, { needs: s.needs + 1, sum: s.sum + w, squares: s.squares + w * w });
    });
  const shared = [...stats].filter(([, s]) => s.needs >= 2);
  const subjects = shared
    .filter(([term]) => term.startsWith(SUBJECT_PREFIX))
    .map(([term]) => term.slice(SUBJECT_PREFIX.length));
  const words = shared
    .filter(([term]) => !term.startsWith(SUBJECT_PREFIX))
    .map(([stem, s]) => [stem, (s.sum * s.sum - s.squares) / 2] as const)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, MAX_WORDS_IN_REASON)
    .map(([stem]) => idf.labels.get(stem) ?? stem);

  const territoryCounts = new Map<string, number>();
  for (const profile of profiles)
    for (const code of profile.territories) territoryCounts.set(code, (territoryCounts.get(code) ?? 0) + 1);
  const sharedTerritories = [...territoryCounts.values()].filter((count) => count >= 2).length;
  const sameTheme = profiles.length >= 2 && profiles.every((p) => p.need.themeCode === profiles[0]!.need.themeCode);

  const reasons: string[] = [];
  if (words.length > 0) reasons.push(`Formulations proches : ${words.join(", ")}`);
  if (subjects.length > 0) reasons.push(`Même sujet : ${subjects.sort().join(", ")}`);
  if (sameTheme) reasons.push("Même thème");
  if (sharedTerritories > 0) reasons.push(`Territoires communs : ${sharedTerritories}`);
  return reasons;
}

/**
 * How alike two needs are, 0–1: 0.7 × the TF-IDF cosine of their statements + 0.2 if they
 * have the same theme + 0.1 × the Jaccard index of their territories (see
 * {@link SIMILARITY_WEIGHTS}), with the reasons in French. `idf` comes from
 * {@link buildIdf} over the needs being compared.
 */
export function needSimilarity(a: NeedForGrouping, b: NeedForGrouping, idf: Idf): NeedSimilarity {
  const profiles = [profileNeed(a, idf), profileNeed(b, idf)] as const;
  return { similarity: profileSimilarity(...profiles), reasons: groupReasons(profiles, idf) };
}
