/** The hint and the error of a field, and the ids that tie them to it. */
export function describedBy(id: string, error: string | undefined, hint: boolean) {
  return [hint ? `${id}-aide` : null, error ? `${id}-erreur` : null].filter(Boolean).join(" ") || undefined;
}

export function ErrorText({ id, error }: { id: string; error: string | undefined }) {
  return error ? <p id={`${id}-erreur`} className="fr-error-text">{error}</p> : null;
}
