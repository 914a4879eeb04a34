/**
 * Errors that say "a dependency is unreachable right now", not "this event is wrong":
 * retrying later will succeed, so such an event must not be parked as a dead letter.
 */
export function isTransientError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const names = [
    "MongoNetworkError",
    "MongoNetworkTimeoutError",
    "MongoServerSelectionError",
    "MongoNotConnectedError",
    "MongooseServerSelectionError",
    "MongoTopologyClosedError",
    "KafkaJSConnectionError",
    "KafkaJSNumberOfRetriesExceeded",
    "KafkaJSRequestTimeoutError",
  ];
  if (names.includes(err.name) || names.includes(err.constructor.name)) return true;
  // mongoose with bufferCommands off reports a lost connection this way.
  return /Client must be connected|connection .* closed|ECONNREFUSED|ECONNRESET/i.test(err.message);
}
