// Turns the services' JSON log lines into one readable line each for the terminal:
// time, service, level, message, then the fields that matter (case, correlation, error).
const colours = { questionnaire: 36, workshops: 35, projects: 33, demo: 32 };
const levelColours = { warn: 33, error: 31, fatal: 31 };
const paint = (code, text) => (process.stdout.isTTY ? `\x1b[${code}m${text}\x1b[0m` : text);
const KEPT = ["caseId", "correlationId", "eventType", "path", "code", "port", "workshopId", "projectId"];

export function formatLine(service, line) {
  let record;
  try {
    record = JSON.parse(line);
  } catch {
    return `${paint(colours[service] ?? 37, service.padEnd(13))} ${line}`;
  }
  const time = (record.time ?? "").slice(11, 19);
  const level = (record.level ?? "info").toUpperCase().padEnd(5);
  const fields = KEPT.filter((k) => record[k] !== undefined).map((k) => `${k}=${record[k]}`);
  const error = record.err ? ` — ${record.err.message ?? record.err}` : "";
  return [
    time,
    paint(colours[service] ?? 37, service.padEnd(13)),
    paint(levelColours[record.level] ?? 2, level),
    `${record.msg ?? ""}${error}`,
    fields.length ? paint(2, fields.join(" ")) : "",
  ]
    .filter(Boolean)
    .join(" ");
}
