import { RuleViolation, type DepartmentCode, type Territory, type maturities, type projectKinds } from "@tetris/shared";

/** A candidate project (fiche projet) grouping needs. */
export interface Candidate {
  _id: string;
  workshopId: string;
  caseId: string;
  departmentCode: DepartmentCode;
  title: string;
  description: string;
  kind: (typeof projectKinds)[number];
  leadOrganisation: string;
  territories: Territory[];
  budgetRange: { minEuros: number; maxEuros: number } | null;
  maturity: (typeof maturities)[number];
  needIds: string[];
}

/** One participant's dots: how many votes they put on each candidate. */
export interface Ballot {
  _id: string;
  workshopId: string;
  participantId: string;
  allocations: Record<string, number>;
}

export function ballotIdFor(workshopId: string, participantId: string): string {
  return `${workshopId}:${participantId}`;
}

/** A participant spends at most their fixed number of votes, on candidates of the workshop. */
export function assertBallot(allocations: Record<string, number>, votesPerParticipant: number, candidateIds: Set<string>): void {
  const total = votesSpent(allocations);
  if (total > votesPerParticipant) {
    throw new RuleViolation(`Chaque participant dispose de ${votesPerParticipant} voix : ${total} ont été réparties`);
  }
  const unknown = Object.keys(allocations).filter((id) => !candidateIds.has(id));
  if (unknown.length > 0) throw new RuleViolation(`Fiche projet inconnue dans cet atelier : ${unknown.join(", ")}`);
}

export function votesSpent(allocations: Record<string, number>): number {
  return Object.values(allocations).reduce((sum, n) => sum + n, 0);
}

/** Never below zero: lowering the workshop's votes per participant does not rewrite the ballots already cast. */
export function votesRemaining(allocations: Record<string, number>, votesPerParticipant: number): number {
  return Math.max(0, votesPerParticipant - votesSpent(allocations));
}

/** The ballots that count, in the order of the day's participants: a withdrawn ballot (`{}`) is no vote. */
export function castBallots<B extends Pick<Ballot, "participantId" | "allocations">>(ballots: B[], participantIds: string[]): B[] {
  const byParticipant = new Map(ballots.filter((b) => votesSpent(b.allocations) > 0).map((b) => [b.participantId, b]));
  return participantIds.flatMap((id) => byParticipant.get(id) ?? []);
}

export function voteTotals(ballots: Pick<Ballot, "allocations">[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const ballot of ballots) {
    for (const [candidateId, n] of Object.entries(ballot.allocations)) totals.set(candidateId, (totals.get(candidateId) ?? 0) + n);
  }
  return totals;
}
