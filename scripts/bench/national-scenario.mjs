// The national scenario: every commune and EPCI of France (official referential) answers
// its département's campaign, all campaigns open at once; then every campaign is closed as soon
// as the answers are accepted, which ranks its themes and makes the workshops service prepare
// its draft day. Measured: opening, accepting, landing in the workshops read model, closing and
// ranking (until the last draft day exists), and whether every draft day counts every answer of
// its case. A time budget bounds the ingest: what did not get in is reported with the
// projected time at the measured rate.
import { actorsOf, departmentCodes, openCampaign } from "./campaigns.mjs";
import { seededRandom } from "./realistic-answers.mjs";
import { sleep } from "./stats.mjs";
import { lastLanding, respondentPool, runSubmissions } from "./submissions-load.mjs";

async function inParallel(items, concurrency, task) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await task(items[next++]);
    }),
  );
}

export async function nationalScenario({ staff, respondent, caseResponses, workshops, template, departments, concurrency, budgetMs, edition, landingTimeoutMs, log }) {
  const codes = departments ?? departmentCodes();
  const t0 = Date.now();
  const campaigns = [];
  // Opening is bounded by the same budget, so that a slow database cannot hold the run.
  await inParallel(codes, 2, async (departmentCode) => {
    if (Date.now() - t0 > budgetMs) return;
    campaigns.push(await openCampaign(staff, { departmentCode, edition, actors: actorsOf(departmentCode, { communes: true, others: false }) }));
  });
  const opened = Date.now();
  const respondents = campaigns.flatMap((c) => c.respondents);
  const allInvitations = codes.reduce((n, code) => n + actorsOf(code, { communes: true, others: false }).length, 0);
  log(`national: ${campaigns.length} of ${codes.length} campaigns opened with ${respondents.length} invitations in ${((opened - t0) / 1000).toFixed(1)} s`);

  // Answers arrive from everywhere at once, not département by département.
  const random = seededRandom(7);
  for (let i = respondents.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [respondents[i], respondents[j]] = [respondents[j], respondents[i]];
  }
  const pool = respondentPool(respondents, { once: true });
  const ingest = await runSubmissions({ respondent, caseResponses, template, pool, mode: "closed", concurrency, durationMs: budgetMs, sampleEveryMs: 200, landingTimeoutMs });
  const accepted = ingest.accepted;
  log(`national: ${accepted} of ${respondents.length} submissions accepted in ${((ingest.submitEndedAt - opened) / 1000).toFixed(1)} s`);

  // Every campaign is closed as soon as its answers are accepted, while the pipeline may still be
  // carrying them: the draft days then show whether each case's closing reached the workshops
  // service after its answers (the outbox relay keeps that order).
  const closeStarted = Date.now();
  await inParallel(campaigns, 2, async (c) => {
    await staff.mutate("campaigns.close", { campaignId: c.campaignId });
  });
  const closed = Date.now();
  let waiting = campaigns.map((c) => `workshop-${c.campaignId}`);
  const deadline = Date.now() + Math.max(landingTimeoutMs, budgetMs);
  while (waiting.length > 0 && Date.now() < deadline) {
    const still = [];
    for (const id of waiting) if (!(await workshops.findOne({ _id: id }, { projection: { _id: 1 } }))) still.push(id);
    waiting = still;
    if (waiting.length > 0) await sleep(1000);
  }
  const drafted = Date.now();
  const landedAt = await lastLanding(caseResponses, pool.all, landingTimeoutMs);
  let respondedInDrafts = 0;
  for (const c of campaigns) {
    const draft = await workshops.findOne({ _id: `workshop-${c.campaignId}` }, { projection: { participants: 1 } });
    respondedInDrafts += (draft?.participants ?? []).filter((p) => p.source === "responded").length;
  }
  const acceptSeconds = (ingest.submitEndedAt - opened) / 1000;
  const landedSeconds = landedAt === null ? null : (landedAt - opened) / 1000;
  return {
    campaigns: campaigns.length,
    departments: codes.length,
    allInvitations,
    invitations: respondents.length,
    accepted,
    complete: accepted === allInvitations,
    errors: ingest.errors,
    openSeconds: (opened - t0) / 1000,
    acceptSeconds,
    acceptRate: accepted / acceptSeconds,
    projectedAcceptSeconds: allInvitations / (accepted / acceptSeconds),
    landedSeconds,
    landedRate: landedSeconds === null ? null : accepted / landedSeconds,
    latencies: ingest.latencies,
    lags: ingest.lags,
    closeSeconds: (closed - closeStarted) / 1000,
    rankSeconds: (drafted - closeStarted) / 1000,
    draftsMissing: waiting.length,
    respondedInDrafts,
    totalSeconds: (drafted - t0) / 1000,
  };
}
