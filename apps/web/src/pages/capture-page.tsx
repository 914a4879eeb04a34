import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { describeError, workshops } from "../api.js";
import { CaptureStatus } from "../capture/capture-status.js";
import { QueueStorageError } from "../capture/capture-queue.js";
import { CapturedNeeds, type NeedView } from "../capture/captured-needs.js";
import { checkDraft, emptyDraft, sessionThemes, themeLabel } from "../capture/need-draft.js";
import { evidenceOptions } from "../capture/need-evidence.js";
import { fieldControlId, NeedForm, type DraftErrors } from "../capture/need-form.js";
import { keepWorkshop, keptWorkshop, loadedOn } from "../capture/kept-workshop.js";
import { ToCorrect } from "../capture/to-correct.js";
import { browserStorage, useCaptureQueue } from "../capture/use-capture-queue.js";
import { currentUser } from "../session.js";
import { CampaignNavLink } from "../components/campaign-nav-link.js";
import { SignInLink } from "../components/sign-in-link.js";
import { useTerritories } from "../components/use-territories.js";
import { workshopPath } from "../workshop/workshop-format.js";
import { usePageTitle } from "../page-title.js";

type Workshop = Awaited<ReturnType<typeof workshops.workshops.get.query>>;
type Session = Workshop["sessions"][number];

const FORM = "saisie";
const day = (iso: string) => new Date(`${iso}T12:00:00`).toLocaleDateString("fr-FR", { weekday: "long", day: "numeric", month: "long", year: "numeric" });
const sessionLabel = (s: Session) =>
  `${s.title}${s.startsAt ? ` — ${s.startsAt}${s.endsAt ? `–${s.endsAt}` : ""}` : ""}${s.room ? `, ${s.room}` : ""}`;

/** What to do about a failed load, by its status. */
function advice(status: number | null): string {
  switch (status) {
    case null:
      return "Vérifiez la connexion au réseau : la page réessaiera d'elle-même au retour du réseau.";
    case 401:
      return "Votre session a expiré ou votre jeton n'est plus valable : reconnectez-vous.";
    case 403:
      return "Cette journée d'ateliers relève d'un département auquel votre compte n'a pas accès.";
    case 404:
      return "Vérifiez l'adresse de la page : aucune journée d'ateliers ne porte cet identifiant.";
    default:
      return "Réessayez dans quelques instants ; si le problème persiste, signalez-le à l'équipe Tétris.";
  }
}

/**
 * The live capture of needs during a workshop day. Each need is kept on this device the
 * moment it is typed (with its own id) and sent in the background, so a lost network loses
 * nothing and a need sent twice is stored once. See `capture/` for the queue and its sender.
 */
export function CapturePage({ workshopId }: { workshopId: string }) {
  const user = currentUser();
  usePageTitle("Saisie des besoins");
  if (!user) {
    return (
      <>
        <h1>Saisie des besoins</h1>
        <div className="fr-callout">
          <h2 className="fr-callout__title">Connectez-vous pour saisir les besoins</h2>
          <p className="fr-callout__text">La saisie des besoins pendant les ateliers est réservée aux agents de l'ANCT et des préfectures.</p>
          <SignInLink className="fr-btn">Se connecter</SignInLink>
        </div>
      </>
    );
  }
  return <Capture workshopId={workshopId} canCapture={user.role === "anct" || user.role === "prefecture"} />;
}

function Capture({ workshopId, canCapture }: { workshopId: string; canCapture: boolean }) {
  const [workshop, setWorkshop] = useState<Workshop | null>(null);
  const [loadError, setLoadError] = useState<ReturnType<typeof describeError> | null>(null);
  const [loadRound, setLoadRound] = useState(0);
  /** When the day shown is the copy kept on this device, the time it was loaded. */
  const [keptAt, setKeptAt] = useState<string | null>(null);
  const [needs, setNeeds] = useState<NeedView[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [listRound, setListRound] = useState(0);
  const sessionKey = `tetris.saisie.${workshopId}.atelier`;
  const [chosenSession, setChosenSession] = useState<string | null>(() => {
    try {
      return browserStorage.getItem(sessionKey);
    } catch {
      return null;
    }
  });
  const [draft, setDraft] = useState(() => emptyDraft("", ""));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [storageError, setStorageError] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const statement = useRef<HTMLTextAreaElement>(null);
  const territories = useTerritories(workshop?.departmentCode);

  const refreshList = useCallback(() => setListRound((r) => r + 1), []);
  const { queue, sender, items, state } = useCaptureQueue(workshopId, refreshList);

  useEffect(() => {
    let current = true;
    workshops.workshops.get.query({ workshopId }).then(
      (data) => {
        if (!current) return;
        setWorkshop(data);
        setLoadError(null);
        setKeptAt(null);
        keepWorkshop(browserStorage, data);
      },
      (err: unknown) => {
        if (!current) return;
        const described = describeError(err);
        setLoadError(described);
        // Unreachable (offline, reopened from the service worker's cache): the day as last loaded
        // here, so typing can go on. A refusal (401, 403, 404) is the server's word: no copy then.
        const kept = described.status === null ? keptWorkshop<Workshop>(browserStorage, workshopId) : null;
        if (kept) {
          setWorkshop(kept.workshop);
          setKeptAt(kept.loadedAt);
        }
      },
    );
    return () => {
      current = false;
    };
  }, [workshopId, loadRound]);

  useEffect(() => {
    let current = true;
    workshops.needs.list.query({ workshopId }).then(
      (data) => {
        if (!current) return;
        setNeeds(data);
        setListError(null);
      },
      (err: unknown) => {
        if (!current) return;
        const { message, status } = describeError(err);
        setListError(status === null ? "hors ligne ou serveur injoignable" : message);
      },
    );
    return () => {
      current = false;
    };
  }, [workshopId, listRound]);

  // Back online: reload what could not be loaded, and the list others may have added to.
  useEffect(() => {
    const onOnline = () => {
      setLoadRound((r) => r + 1);
      setListRound((r) => r + 1);
    };
    addEventListener("online", onOnline);
    return () => removeEventListener("online", onOnline);
  }, []);

  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const sessions = useMemo(() => workshop?.sessions ?? [], [workshop]);
  const session = sessions.find((s) => s.sessionId === chosenSession) ?? sessions[0];
  const themes = useMemo(() => sessionThemes(sessions), [sessions]);
  const labelOfTheme = useCallback((code: string) => themeLabel(code, sessions), [sessions]);
  const evidenceOptionsOf = useCallback((sessionId: string) => evidenceOptions(sessions.find((s) => s.sessionId === sessionId)?.evidence), [sessions]);
  const formDraft = { ...draft, sessionId: session?.sessionId ?? "", themeCode: draft.themeCode || session?.themeCode || "" };
  const pending = items.filter((i) => i.state === "pending");
  const rejected = items.filter((i) => i.state === "rejected");
  const completed = workshop?.status === "completed";

  function chooseSession(sessionId: string) {
    setChosenSession(sessionId);
    // The answers ticked were those of the other session's theme.
    setDraft({ ...draft, themeCode: "", evidence: [] });
    try {
      browserStorage.setItem(sessionKey, sessionId);
    } catch {
      // Not remembered on this device: the choice still holds for this page.
    }
  }

  function capture() {
    const issues = checkDraft(formDraft);
    if (issues.length > 0) {
      setErrors(Object.fromEntries(issues.map((i) => [i.field, i.message])));
      setFocusId(fieldControlId(FORM, issues[0]!.field));
      return;
    }
    try {
      queue.enqueue(formDraft);
    } catch (err) {
      // Not kept: the form stays as typed.
      setStorageError(err instanceof QueueStorageError ? err.message : String(err));
      return;
    }
    setStorageError(null);
    setErrors({});
    setDraft(emptyDraft("", ""));
    statement.current?.focus();
  }

  /** A correction sent again or a need given up: the item leaves « À corriger », the focus goes back to typing. */
  function changeQueue(change: () => void) {
    try {
      change();
      setStorageError(null);
    } catch (err) {
      setStorageError(err instanceof Error ? err.message : String(err));
    }
    setFocusId(completed || !session ? "besoins-saisis-titre" : fieldControlId(FORM, "statement"));
  }

  if (!workshop) {
    return (
      <>
        <h1>Saisie des besoins</h1>
        {loadError ? (
          <div className="fr-alert fr-alert--error fr-mb-3w" role="alert">
            <h2 className="fr-alert__title">La journée d'ateliers n'a pas pu être chargée</h2>
            <p>{loadError.status === null ? "Le serveur n'a pas pu être joint." : loadError.message}</p>
            <p>{advice(loadError.status)}</p>
            {loadError.status === 401 ? (
              <p><SignInLink className="fr-link">Se reconnecter</SignInLink></p>
            ) : (
              <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary fr-mt-1w" onClick={() => setLoadRound((r) => r + 1)}>
                Réessayer
              </button>
            )}
          </div>
        ) : (
          <p aria-busy="true">Chargement de la journée d'ateliers…</p>
        )}
        {items.length > 0 && (
          <CaptureStatus state={state} pending={pending.length} rejected={rejected.length} onRetry={() => sender.retryNow()} />
        )}
      </>
    );
  }

  const sessionNeeds = (needs ?? []).filter((n) => n.sessionId === session?.sessionId).reverse();
  const sent = new Set((needs ?? []).map((n) => n.needId));
  const sessionWaiting = pending.filter((i) => i.draft.sessionId === session?.sessionId && !sent.has(i.needId)).reverse();

  return (
    <>
      <p>
        <CampaignNavLink className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={workshopPath(workshopId)}>
          Journée d'ateliers
        </CampaignNavLink>
      </p>
      <h1 className="fr-mb-1w">Saisie des besoins</h1>
      <p className="fr-text--lg">
        Journée d'ateliers {workshop.date ? `du ${day(workshop.date)}` : "(date à fixer)"}
        {workshop.venue ? ` — ${workshop.venue}` : ""}
      </p>
      {keptAt && (
        <div className="fr-alert fr-alert--warning fr-alert--sm fr-mb-3w" data-testid="journee-hors-ligne">
          <p>
            Hors ligne : journée d'ateliers telle que chargée {loadedOn(keptAt)} sur cet appareil. Elle sera actualisée au retour du
            réseau.
          </p>
          <button type="button" className="fr-btn fr-btn--sm fr-btn--tertiary fr-mt-1w" onClick={() => setLoadRound((r) => r + 1)}>
            Recharger la journée
          </button>
        </div>
      )}

      {completed && (
        <div className="fr-alert fr-alert--info fr-mb-3w">
          <h2 className="fr-alert__title">Journée close</h2>
          <p>Cette journée d'ateliers est terminée : les besoins ne peuvent plus être saisis ni modifiés.</p>
        </div>
      )}
      {!canCapture && (
        <div className="fr-alert fr-alert--info fr-mb-3w">
          <h2 className="fr-alert__title">Consultation seule</h2>
          <p>Votre compte permet de consulter les besoins saisis, pas d'en saisir.</p>
        </div>
      )}

      {sessions.length === 0 ? (
        <p>Aucun atelier n'est prévu dans cette journée : ajoutez-en un dans la planification avant de saisir des besoins.</p>
      ) : (
        <div className="fr-grid-row fr-mb-3w"><div className="fr-col-12 fr-col-lg-8 fr-select-group">
          <label className="fr-label" htmlFor="atelier-en-cours">
            Atelier en cours
            <span className="fr-hint-text">Les besoins saisis sont rattachés à cet atelier ; ce choix est retenu sur cet appareil.</span>
          </label>
          <select className="fr-select" id="atelier-en-cours" value={session?.sessionId ?? ""} onChange={(e) => chooseSession(e.target.value)}>
            {sessions.map((s) => <option key={s.sessionId} value={s.sessionId}>{sessionLabel(s)}</option>)}
          </select>
        </div></div>
      )}

      {canCapture && <CaptureStatus state={state} pending={pending.length} rejected={rejected.length} onRetry={() => sender.retryNow()} />}

      {canCapture && !completed && session && (
        <section className="fr-grid-row fr-mb-6w" aria-labelledby="nouveau-besoin">
          <div className="fr-col-12 fr-col-lg-8">
            <h2 id="nouveau-besoin">Nouveau besoin</h2>
            {storageError && (
              <div className="fr-alert fr-alert--error fr-mb-3w" role="alert">
                <h3 className="fr-alert__title">Besoin non enregistré</h3>
                <p>{storageError}</p>
              </div>
            )}
            <NeedForm
              idPrefix={FORM}
              draft={formDraft}
              onChange={(next) => setDraft(next)}
              errors={errors}
              themes={themes}
              territories={territories}
              evidenceOptions={evidenceOptionsOf(session.sessionId)}
              submitLabel="Enregistrer le besoin"
              labelledBy="nouveau-besoin"
              onSubmit={capture}
              statementRef={statement}
              autoFocus
            />
          </div>
        </section>
      )}

      {canCapture && rejected.length > 0 && (
        <section className="fr-mb-6w" aria-labelledby="a-corriger">
          <h2 id="a-corriger">À corriger ({rejected.length})</h2>
          <p>Le serveur a refusé ces besoins : ils restent sur cet appareil. Corrigez-les pour les renvoyer, ou supprimez-les.</p>
          <ToCorrect
            items={rejected}
            sessions={sessions.map((s) => ({ sessionId: s.sessionId, label: sessionLabel(s) }))}
            themes={themes}
            territories={territories}
            evidenceOptionsOf={evidenceOptionsOf}
            onResubmit={(needId, corrected) => changeQueue(() => queue.resubmit(needId, corrected))}
            onDiscard={(needId) => changeQueue(() => queue.discard(needId))}
          />
        </section>
      )}

      {session && (
        <section aria-labelledby="besoins-saisis-titre">
          <h2 id="besoins-saisis-titre" tabIndex={-1}>
            Besoins saisis dans cet atelier ({sessionNeeds.length + sessionWaiting.length})
          </h2>
          {listError && <p className="fr-text--sm">Liste non actualisée ({listError}) : elle le sera au prochain envoi.</p>}
          {needs === null && !listError ? (
            <p aria-busy="true">Chargement des besoins…</p>
          ) : (
            <CapturedNeeds needs={sessionNeeds} waiting={sessionWaiting} themeLabel={labelOfTheme} territories={territories} />
          )}
        </section>
      )}
    </>
  );
}
