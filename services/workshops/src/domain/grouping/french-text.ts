/**
 * Just enough French text handling to compare needs captured live during a workshop day:
 * facilitators type fast, with or without accents, singular or plural, so "Médiateurs
 * numériques" and "mediateur numerique" must read as the same words.
 */

/** One meaningful word of a statement: its stem (what is compared) and how it was written. */
export interface FrenchTerm {
  stem: string;
  /** The word as typed, lowercased, accents kept: what a facilitator reads back. */
  word: string;
}

/** Lowercase, accents and ligatures removed: "Œuvre à l'École" → "oeuvre a l'ecole". */
export function normalizeFrench(text: string): string {
  const lower = text.toLowerCase();
  if (!/\P{ASCII}/u.test(lower)) return lower; // most words: nothing to strip
  return lower
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
}

/** Grammatical words, plus a few fillers facilitators use in every statement. */
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "le la les un une des de du d l a au aux et ou en dans pour par sur sous avec sans chez vers entre " +
    "ne pas plus ni ce cet cette ces ca cela qui que qu quoi dont se sa son ses leur leurs nos notre vos votre " +
    "mon ma mes il elle ils elles on nous vous lui est sont etre ete avoir ont y etc mais tres trop assez peu " +
    "aussi comme tout tous toute toutes autre autres plusieurs certains certaines encore deja bien faute"
  ).split(" "),
);

/**
 * Short tokens that carry the whole meaning of a need ("couverture 4G", "le THD", "l'ENT"):
 * kept whatever their length and never stemmed ("eps" must not become "ep").
 */
const KEPT_AS_IS: ReadonlySet<string> = new Set([
  "2g", "3g", "4g", "5g", "thd", "ftth", "ent", "eps", "ia", "caf", "cnfs", "msap", "epci", "petr", "tpe", "pme",
]);

const MIN_LENGTH = 3;

/**
 * Very light stemming, enough to fold plurals and the commonest derivations together.
 * Each rule applies at most once, in order ("numériquement" → "numerique" → "numeriqu"),
 * and never leaves fewer than three letters. "-tion(s)" only loses its plural.
 */
const SUFFIX_RULES: readonly (readonly [suffix: string, replacement: string])[] = [
  ["ment", ""], // accompagnement → accompagne
  ["ique", "iqu"], // numérique, numériquement → numeriqu
  ["euse", "eu"], // nombreuse, nombreux → nombreu
  ["eur", "eu"], // médiateur → mediateu
  ["ite", "it"], // mobilité → mobilit
];

/** The stem of an accent-free lowercase word (see {@link normalizeFrench}). */
export function stemFrench(word: string): string {
  if (KEPT_AS_IS.has(word)) return word;
  let stem = word;
  // Plural: formations → formation, lieux → lieu; "bus" or "gaz" are left alone.
  if (stem.length > MIN_LENGTH && (stem.endsWith("s") || stem.endsWith("x"))) stem = stem.slice(0, -1);
  for (const [suffix, replacement] of SUFFIX_RULES) {
    if (!stem.endsWith(suffix)) continue;
    const shorter = stem.slice(0, -suffix.length) + replacement;
    if (shorter.length >= MIN_LENGTH) stem = shorter;
  }
  return stem;
}

/** The meaningful words of a statement, in order, with their stems. */
export function frenchTerms(text: string): FrenchTerm[] {
  const terms: FrenchTerm[] = [];
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    const plain = normalizeFrench(word);
    if (plain === "" || STOP_WORDS.has(plain)) continue;
    if (plain.length < MIN_LENGTH && !KEPT_AS_IS.has(plain)) continue;
    terms.push({ stem: stemFrench(plain), word: word.normalize("NFC") });
  }
  return terms;
}

/** The stems of a statement, in order: "Couverture 4G absente" → ["couverture", "4g", "absente"]. */
export function frenchTokens(text: string): string[] {
  return frenchTerms(text).map((term) => term.stem);
}

/**
 * The few subjects that come back at every workshop day under different words: "zones
 * blanches", "téléphonie mobile" and "pas de 4G" are one need for the operator. Words alone
 * cannot see it, so a statement that uses one of these expressions also carries the subject.
 * Kept short on purpose: a wrong entry here groups needs that have nothing in common.
 */
const DOMAIN_SUBJECTS: readonly { label: string; expressions: string[] }[] = [
  {
    label: "couverture mobile",
    // Not "mobile" alone: a "médiateur mobile" is an itinerant one.
    expressions: ["zone blanche", "téléphonie", "réseau mobile", "couverture mobile", "antenne relais"]
      .concat(["2G", "3G", "4G", "5G"]),
  },
  { label: "très haut débit", expressions: ["THD", "fibre", "FTTH", "haut débit", "ADSL"] },
  {
    label: "médiation numérique",
    // Not "aidant" alone: in e-health, "aidants" are family carers.
    expressions: ["médiateur", "médiation", "conseiller numérique", "CNFS", "Aidants Connect"]
      .concat(["illectronisme", "inclusion numérique"]),
  },
  {
    label: "tiers-lieu",
    expressions: ["tiers-lieu", "coworking", "espace de travail", "travail partagé", "espace partagé", "fablab"],
  },
  {
    label: "démarches en ligne",
    expressions: ["démarche en ligne", "démarche administrative", "dématérialisation", "dématérialisé"]
      .concat(["téléprocédure", "France Connect"]),
  },
  { label: "e-santé", expressions: ["téléconsultation", "télémédecine", "télésanté"] },
];

/** Each subject with its expressions tokenised once, the way statements are. */
const SUBJECT_PATTERNS = DOMAIN_SUBJECTS.map(({ label, expressions }) => ({
  label,
  patterns: expressions.map(frenchTokens).filter((stems) => stems.length > 0),
}));

/** Whether `pattern` occurs as consecutive stems in `stems`. */
function occursIn(pattern: readonly string[], stems: readonly string[]): boolean {
  for (let start = 0; start + pattern.length <= stems.length; start++)
    if (pattern.every((stem, k) => stems[start + k] === stem)) return true;
  return false;
}

/** The workshop subjects a statement speaks of, by label: "Couverture 4G absente" → ["couverture mobile"]. */
export function domainSubjects(stems: readonly string[]): string[] {
  return SUBJECT_PATTERNS.filter(({ patterns }) => patterns.some((pattern) => occursIn(pattern, stems))).map(
    ({ label }) => label,
  );
}
