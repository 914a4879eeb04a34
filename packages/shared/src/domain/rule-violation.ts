/**
 * A business rule said no (a closed campaign cannot close again, a completed workshop cannot
 * change). Domain code throws it without knowing about HTTP; the API answers 409 with its
 * message.
 */
export class RuleViolation extends Error {
  override name = "RuleViolation";
}
