import { useCallback, useEffect, useState, type ReactNode } from "react";
import { usePageTitle } from "../page-title.js";
import { describeError, questionnaire } from "../api.js";
import { failureKind } from "../retry-policy.js";
import { KeptStorageError, keptKey, mergeOpened, noKeptAnswers, readKept, updateKept, type KeptAnswers } from "../respondent/kept-answers.js";
import { OpenFailure } from "../respondent/open-failure.js";
import { RespondentQuestionnaire } from "../respondent/respondent-questionnaire.js";
import type { Opened } from "../respondent/respondent-types.js";

type Load =
  | { kind: "loading" }
  | { kind: "ready"; opened: Opened; kept: KeptAnswers; offline: boolean }
  | { kind: "failed"; unknownLink: boolean; message: string };

/**
 * A respondent answers from their invitation link, without an account. The questionnaire and
 * the answers are kept on the device too, so that a reload while the service does not answer
 * still shows them; the server's draft and the device's unsent answers are merged on opening.
 */
export function RespondentPage({ token }: { token: string }) {
  const [load, setLoad] = useState<Load>({ kind: "loading" });

  const open = useCallback(() => {
    setLoad({ kind: "loading" });
    const key = keptKey(token);
    questionnaire.respondent.open
      .query({ token })
      .then((opened) => {
        let kept: KeptAnswers;
        try {
          kept = updateKept(localStorage, key, (k) => mergeOpened(k, opened));
        } catch (err) {
          if (!(err instanceof KeptStorageError)) throw err;
          kept = mergeOpened(readKept(localStorage, key) ?? noKeptAnswers(), opened);
        }
        setLoad({ kind: "ready", opened, kept, offline: false });
      })
      .catch((err) => {
        const cached = readKept(localStorage, key);
        if (failureKind(describeError(err).status) === "transient" && cached?.opened) setLoad({ kind: "ready", opened: cached.opened, kept: cached, offline: true });
        else setLoad({ kind: "failed", unknownLink: describeError(err).status === 404, message: describeError(err).message });
      });
  }, [token]);

  useEffect(open, [open]);

  if (load.kind === "loading") return <Waiting title="Chargement du questionnaire"><p aria-busy="true">Chargement du questionnaire…</p></Waiting>;
  if (load.kind === "failed")
    return (
      <Waiting title={load.unknownLink ? "Lien inconnu" : "Questionnaire indisponible"}>
        <OpenFailure unknownLink={load.unknownLink} message={load.message} onRetry={open} />
      </Waiting>
    );
  return <RespondentQuestionnaire token={token} opened={load.opened} initial={load.kept} offline={load.offline} />;
}

/** What the page shows before the questionnaire is there, with its own title. */
function Waiting({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return <>{children}</>;
}
