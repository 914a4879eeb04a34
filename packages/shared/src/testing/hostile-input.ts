import fc from "fast-check";

/**
 * Values a hostile or clumsy client sends: any JSON, MongoDB operators where an id is expected,
 * prototype keys, out-of-range numbers, long and odd strings. Strings stay below `maxString`
 * characters so that a query's URL stays under Node's header limit (its 431 is not ours to judge).
 */
export function hostileValue(maxString = 2000): fc.Arbitrary<unknown> {
  const oddString = fc.oneof(
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.constantFrom("", " ", "\u0000", "__proto__", "constructor", "$where", "../../etc/passwd", "<script>alert(1)</script>", "2026-02-30T25:61:00Z", "NaN", "1e999", "\u202e\ud800"),
    fc.nat({ max: maxString }).map((n) => "é".repeat(n)),
  );
  const oddNumber = fc.oneof(
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(-1, 0, -0, 2 ** 53 + 1, Number.MAX_VALUE, -Number.MAX_VALUE, 1e-300),
  );
  const operator = fc.constantFrom<unknown>({ $gt: "" }, { $ne: null }, { $where: "sleep(100)" }, { $regex: ".*" }, { $in: [] });
  const prototypeKeys = fc.constantFrom<unknown>(JSON.parse('{"__proto__":{"role":"anct"}}'), { constructor: { prototype: { polluted: true } } });
  const leaf = fc.oneof(oddString, oddNumber, fc.boolean(), fc.constant(null), operator, prototypeKeys);
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: fc.array(leaf, { maxLength: 5 }) },
    { weight: 1, arbitrary: fc.dictionary(oddString, leaf, { maxKeys: 4 }) },
  );
}

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => pathsOf(child, [...prefix, key]))];
}

function mutated(sample: unknown, path: Path, change: { kind: "replace" | "drop" | "extra"; value: unknown }): unknown {
  if (path.length === 0) return change.kind === "extra" && sample && typeof sample === "object" ? { ...sample, ["champ inconnu"]: change.value } : change.value;
  const copy = structuredClone(sample) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (change.kind === "drop") {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else if (change.kind === "extra" && parent[last] && typeof parent[last] === "object" && !Array.isArray(parent[last])) {
    (parent[last] as Record<string, unknown>)["champ inconnu"] = change.value;
  } else parent[last] = change.value;
  return copy;
}

/**
 * Inputs for one procedure: anything at all, objects with the right keys and wrong values, and,
 * given a valid sample, that sample with one field replaced, dropped or joined by an unknown one
 * — the inputs that get past the first checks and reach the code behind them.
 */
export function hostileInput(sample: unknown, maxString = 2000): fc.Arbitrary<unknown> {
  const value = hostileValue(maxString);
  const keys = sample && typeof sample === "object" && !Array.isArray(sample) ? Object.keys(sample) : [];
  const arbitraries: fc.Arbitrary<unknown>[] = [value];
  if (keys.length) arbitraries.push(fc.record(Object.fromEntries(keys.map((k) => [k, value])), { requiredKeys: [] }));
  if (sample !== undefined) {
    const change = fc.record({ kind: fc.constantFrom("replace" as const, "drop" as const, "extra" as const), value });
    arbitraries.push(fc.tuple(fc.constantFrom(...pathsOf(sample)), change).map(([path, c]) => mutated(sample, path, c)));
    arbitraries.push(fc.tuple(fc.constantFrom(...pathsOf(sample)), change).map(([path, c]) => mutated(sample, path, c)));
  }
  return fc.oneof(...arbitraries);
}

/** The seed of this run's inputs: FUZZ_SEED replays a run whose failure names its seed. */
export function fuzzSeed(): number {
  return process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
}

/** `count` inputs for a procedure, reproducible from the seed. */
export function hostileInputs(sample: unknown, count: number, seed: number, maxString?: number): unknown[] {
  return fc.sample(hostileInput(sample, maxString), { numRuns: count, seed });
}
