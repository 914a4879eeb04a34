import { useState, type FormEvent } from "react";
import { projects } from "../api.js";
import { formatDateTime } from "../components/campaign-format.js";
import { FormFailure, formFailureOf, ProjectTextArea, StatusMessage } from "./project-fields.js";
import type { ProjectView } from "./project-types.js";

interface Props {
  project: ProjectView;
  /** ANCT and the préfectures write; partners read. */
  writable: boolean;
  onAdded: () => void;
}

/** The project's journal, newest first, and a new entry (dated and signed by the service). */
export function ProjectJournal({ project, writable, onAdded }: Props) {
  const [text, setText] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const entries = [...project.journal].reverse();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setDone(null);
    const trimmed = text.trim();
    if (trimmed.length < 3 || trimmed.length > 5000) {
      setError(trimmed.length < 3 ? "Saisissez l'entrée du journal (3 caractères au moins)." : "L'entrée ne peut pas dépasser 5 000 caractères.");
      document.getElementById("journal-texte")?.focus();
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      await projects.projects.addJournalEntry.mutate({ projectId: project.projectId, text: trimmed });
      setText("");
      setDone("Entrée ajoutée au journal.");
      onAdded();
    } catch (err) {
      const failed = formFailureOf(err, ["text"], () => "journal-texte");
      setError(failed.fields.text);
      setFailure(failed.message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {entries.length === 0 ? (
        <p>Le journal est vide.</p>
      ) : (
        <ol className="fr-raw-list" aria-label="Entrées du journal, de la plus récente à la plus ancienne">
          {entries.map((entry, index) => (
            <li key={`${entry.at}-${index}`} className="fr-mb-2w fr-pl-2w" style={{ borderLeft: "4px solid var(--border-default-grey)" }}>
              <p className="fr-text--sm fr-mb-0">
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> — {entry.by}
              </p>
              <p className="fr-mb-0" style={{ whiteSpace: "pre-line" }}>{entry.text}</p>
            </li>
          ))}
        </ol>
      )}
      {writable && (
        <form onSubmit={submit} noValidate aria-busy={busy} aria-label="Ajouter une entrée au journal" className="fr-mt-3w">
          <StatusMessage message={done} />
          <FormFailure title="L'entrée n'a pas été ajoutée" message={failure} />
          <ProjectTextArea
            id="journal-texte"
            label="Nouvelle entrée du journal"
            hint="Un échange, une réunion, une difficulté : ce qui aide à suivre le projet. Les entrées ne sont ni modifiées ni supprimées."
            error={error}
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={4}
            maxLength={5000}
          />
          <button type="submit" className="fr-btn fr-btn--secondary" disabled={busy}>
            {busy ? "Ajout…" : "Ajouter au journal"}
          </button>
        </form>
      )}
    </>
  );
}
