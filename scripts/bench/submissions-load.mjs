// Drives respondent.submit at a target rate (open loop) or as fast as a fixed number of
// concurrent respondents can go (closed loop), and samples the end-to-end lag.
//
// Lag: the workshops service stamps each response in its read model with `recordedAt` when
// a revision lands (services/workshops learn-from-questionnaire.ts). The bench reads that
// stamp by the response's _id (a filter FerretDB pushes down to SQLite) for one sampled
// submission every `sampleEveryMs`, and subtracts the `submittedAt` the submit call answered:
// both clocks are the same machine's, and the poll interval changes how often the bench
// looks, never the figure. One loop reads the samples one after the other, at most
// MAX_SAMPLES waiting at a time, so the measuring adds at most one query in flight; polling
// every submission, or in parallel, swamped FerretDB in a first version.
import { ApiError } from "./api-client.mjs";
import { realisticAnswers } from "./realistic-answers.mjs";
import { sleep } from "./stats.mjs";

const POLL_MS = 50;
const MAX_SAMPLES = 16;
const LANDING_TIMEOUT_MS = 180_000;

function seedOf(text, revision) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return (hash ^ Math.imul(revision, 2654435761)) >>> 0;
}

/** Respondents waiting for their turn: one submission at a time each, as in a browser. */
export function respondentPool(respondents, { once = false } = {}) {
  const free = respondents.map((r) => ({ ...r, revision: 0 }));
  return {
    all: [...free],
    once,
    take: () => free.shift(),
    // A pool of respondents who answer once each (the national scenario) never refills.
    release: (respondent) => {
      if (!once) free.push(respondent);
    },
  };
}

function lagSampler(caseResponses, timeoutMs) {
  const waiting = new Set();
  const sampler = { lags: [], timeouts: 0, stopped: false };
  const loop = (async () => {
    while (!sampler.stopped || waiting.size > 0) {
      for (const sample of [...waiting]) {
        const stored = await caseResponses.findOne({ _id: sample.responseId }, { projection: { revision: 1, recordedAt: 1 } });
        if (stored && stored.revision >= sample.revision) {
          if (stored.revision === sample.revision && stored.recordedAt) sampler.lags.push(stored.recordedAt.getTime() - sample.submittedAt);
          else sampler.timeouts++;
        } else if (Date.now() - sample.since < timeoutMs) continue;
        else sampler.timeouts++;
        waiting.delete(sample);
        sample.done();
      }
      await sleep(POLL_MS);
    }
  })();
  return Object.assign(sampler, {
    full: () => waiting.size >= MAX_SAMPLES,
    add: (responseId, receipt, done) =>
      waiting.add({ responseId, revision: receipt.revision, submittedAt: Date.parse(receipt.submittedAt), since: Date.now(), done }),
    finish: async () => {
      sampler.stopped = true;
      await loop;
    },
  });
}

/**
 * Runs one load phase. mode "open": arrivals at `rate` per second, at most `concurrency` in
 * flight (an arrival that finds them all busy is counted as missed, not queued, so a
 * saturated service shows as a rate below target rather than as ever-growing latencies);
 * mode "closed": `concurrency` respondents submitting back to back.
 */
export async function runSubmissions({ respondent, caseResponses, template, pool, mode, rate, concurrency, durationMs, sampleEveryMs = 50, landingTimeoutMs = LANDING_TIMEOUT_MS }) {
  const result = { mode, latencies: [], accepted: 0, errors: new Map(), missed: 0, offered: 0 };
  const sampler = lagSampler(caseResponses, landingTimeoutMs);
  let lastSampleAt = 0;
  let inFlight = 0;
  const startedAt = Date.now();
  const deadline = startedAt + durationMs;

  async function submitOne(r) {
    inFlight++;
    const revision = r.revision + 1;
    const answers = realisticAnswers(template, r, seedOf(r.invitationId, revision));
    const began = performance.now();
    let receipt;
    try {
      receipt = await respondent.mutate("respondent.submit", { token: r.token, answers });
      result.latencies.push(performance.now() - began);
      result.accepted++;
      r.revision = receipt.revision;
    } catch (err) {
      const key = err instanceof ApiError ? `${err.status}: ${err.message.slice(0, 160)}` : String(err).slice(0, 160);
      result.errors.set(key, (result.errors.get(key) ?? 0) + 1);
    } finally {
      inFlight--;
    }
    const now = Date.now();
    if (receipt && now - lastSampleAt >= sampleEveryMs && !sampler.full()) {
      lastSampleAt = now;
      // The respondent waits for its sampled revision to land before amending again, so the
      // stamp read is that revision's.
      sampler.add(r.invitationId, receipt, () => pool.release(r));
    } else {
      pool.release(r);
    }
  }

  if (mode === "closed") {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (Date.now() < deadline) {
          const r = pool.take();
          if (!r) {
            if (pool.once) break;
            await sleep(5);
            continue;
          }
          result.offered++;
          await submitOne(r);
        }
      }),
    );
  } else {
    const running = new Set();
    let started = 0;
    while (Date.now() < deadline) {
      const due = Math.floor(((Date.now() - startedAt) / 1000) * rate);
      for (; started < due; started++) {
        result.offered++;
        const r = inFlight < concurrency ? pool.take() : undefined;
        if (!r) {
          result.missed++;
          continue;
        }
        const call = submitOne(r);
        running.add(call);
        call.finally(() => running.delete(call));
      }
      await sleep(2);
    }
    await Promise.all(running);
  }
  result.submitEndedAt = Date.now();
  result.startedAt = startedAt;
  await sampler.finish();
  result.lags = sampler.lags;
  result.lagTimeouts = sampler.timeouts;
  return result;
}

/**
 * Waits until the last accepted revision of every respondent has landed in the workshops
 * read model; answers the latest landing time (ms since epoch), or null if some never did.
 */
export async function lastLanding(caseResponses, respondents, timeoutMs = LANDING_TIMEOUT_MS) {
  let latest = 0;
  const deadline = Date.now() + timeoutMs;
  let waiting = respondents.filter((r) => r.revision > 0);
  while (waiting.length > 0 && Date.now() < deadline) {
    const still = [];
    // By ids, 500 at a time: one query per respondent would load the database being measured.
    for (let i = 0; i < waiting.length; i += 500) {
      const chunk = waiting.slice(i, i + 500);
      const stored = await caseResponses.find({ _id: { $in: chunk.map((r) => r.invitationId) } }, { projection: { revision: 1, recordedAt: 1 } }).toArray();
      const byId = new Map(stored.map((d) => [d._id, d]));
      for (const r of chunk) {
        const d = byId.get(r.invitationId);
        if (d && d.revision >= r.revision) latest = Math.max(latest, d.recordedAt?.getTime() ?? 0);
        else still.push(r);
      }
    }
    waiting = still;
    if (waiting.length > 0) await sleep(1000);
  }
  return waiting.length === 0 ? latest : null;
}
