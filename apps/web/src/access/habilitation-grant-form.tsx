import { useState } from "react";
import { access } from "../api.js";
import type { FieldErrors } from "../components/campaign-form-errors.js";
import { useFormSubmission } from "../components/form-submission.js";
import type { Holder } from "./habilitation-types.js";
import type { Department } from "./use-departments.js";

const FIELDS = ["holder", "label", "role", "departments"] as const;
const idOf = (field: string) => `habilitation-${field}`;

/**
 * Grants a role and départements to a person (email) or an organisation (SIRET). What the page
 * can check is said before sending; what the service refuses is said under its field, and
 * nothing typed is lost.
 */
export function HabilitationGrantForm({ departments, nameOf, onGranted }: { departments: Department[]; nameOf: (code: string) => string; onGranted: (what: string) => void }) {
  const [kind, setKind] = useState<Holder["kind"]>("email");
  const [holder, setHolder] = useState("");
  const [label, setLabel] = useState("");
  const [role, setRole] = useState("");
  const [chosen, setChosen] = useState<string[]>([]);
  const [adding, setAdding] = useState("");
  const form = useFormSubmission({ fields: FIELDS, idOf });
  const { errors } = form;

  function localErrors(): FieldErrors {
    const found: FieldErrors = {};
    if (holder.trim() === "") found.holder = kind === "email" ? "Indiquez l’adresse électronique de la personne." : "Indiquez le SIRET de l’organisation (14 chiffres).";
    else if (kind === "siret" && !/^\d{14}$/.test(holder.replace(/\s/g, ""))) found.holder = "Le SIRET compte 14 chiffres, par exemple 175 599 990 00009.";
    if (!role) found.role = "Choisissez un rôle.";
    if (role && role !== "anct" && chosen.length === 0) found.departments = "Ajoutez au moins un département : une préfecture ou un partenaire n’agit que sur les siens.";
    return found;
  }

  function add() {
    if (adding && !chosen.includes(adding)) setChosen([...chosen, adding]);
    setAdding("");
  }

  const send = async () => {
    const target: Holder = kind === "email" ? { kind, email: holder.trim() } : { kind, siret: holder.replace(/\s/g, "") };
    await access.habilitations.grant.mutate({
      holder: target,
      ...(label.trim() ? { label: label.trim() } : {}),
      role: role as "anct" | "prefecture" | "partner",
      departments: role === "anct" ? [] : chosen,
    });
    onGranted(label.trim() || holder.trim());
    setHolder("");
    setLabel("");
    setRole("");
    setChosen([]);
  };

  const group = (field: string) => `fr-input-group${errors[field] ? " fr-input-group--error" : ""}`;
  const error = (field: string) => errors[field] && <p id={`${idOf(field)}-erreur`} className="fr-error-text">{errors[field]}</p>;
  const describedBy = (field: string, hint?: string) => [hint, errors[field] ? `${idOf(field)}-erreur` : null].filter(Boolean).join(" ") || undefined;

  return (
    <form onSubmit={(e) => void form.submit(e, localErrors(), send)} noValidate aria-labelledby="accorder-titre">
      <h2 id="accorder-titre">Accorder une habilitation</h2>
      {form.failure && (
        <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-3w" role="alert">
          <p>{form.failure.message}</p>
        </div>
      )}
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">À qui ?</legend>
        {(["email", "siret"] as const).map((k) => (
          <div className="fr-fieldset__element" key={k}>
            <div className="fr-radio-group">
              <input type="radio" id={`titulaire-${k}`} name="titulaire" checked={kind === k} onChange={() => setKind(k)} />
              <label className="fr-label" htmlFor={`titulaire-${k}`}>
                {k === "email" ? "Une personne" : "Toute une organisation"}
                <span className="fr-hint-text">{k === "email" ? "par son adresse électronique ProConnect" : "par son SIRET : chaque agent de l’organisation, par exemple une préfecture"}</span>
              </label>
            </div>
          </div>
        ))}
      </fieldset>
      <div className={group("holder")}>
        <label className="fr-label" htmlFor={idOf("holder")}>
          {kind === "email" ? "Adresse électronique" : "SIRET"}
          <span className="fr-hint-text" id="titulaire-aide">{kind === "email" ? "Par exemple prenom.nom@meuse.gouv.fr" : "14 chiffres, espaces permis"}</span>
        </label>
        <input
          className={`fr-input${errors.holder ? " fr-input--error" : ""}`}
          id={idOf("holder")}
          type={kind === "email" ? "email" : "text"}
          inputMode={kind === "siret" ? "numeric" : undefined}
          autoComplete="off"
          value={holder}
          onChange={(e) => setHolder(e.target.value)}
          aria-describedby={describedBy("holder", "titulaire-aide")}
        />
        {error("holder")}
      </div>
      <div className={group("label")}>
        <label className="fr-label" htmlFor={idOf("label")}>
          Nom affiché (facultatif)
          <span className="fr-hint-text" id="nom-aide">Par exemple « Préfecture de la Meuse » ou « Sophie Gérard (DDT) »</span>
        </label>
        <input className="fr-input" id={idOf("label")} value={label} onChange={(e) => setLabel(e.target.value)} aria-describedby={describedBy("label", "nom-aide")} />
        {error("label")}
      </div>
      <div className={`fr-select-group${errors.role ? " fr-select-group--error" : ""}`}>
        <label className="fr-label" htmlFor={idOf("role")}>Rôle</label>
        <select className={`fr-select${errors.role ? " fr-select--error" : ""}`} id={idOf("role")} value={role} onChange={(e) => setRole(e.target.value)} aria-describedby={describedBy("role")}>
          <option value="" disabled>Choisir un rôle</option>
          <option value="prefecture">Préfecture : ouvre et suit la campagne, anime l’atelier de ses départements</option>
          <option value="partner">Partenaire : consulte les besoins et les projets de ses départements</option>
          <option value="anct">ANCT : tous les départements, et les habilitations</option>
        </select>
        {error("role")}
      </div>
      {role !== "anct" && (
        <fieldset className={`fr-fieldset${errors.departments ? " fr-fieldset--error" : ""}`} aria-labelledby="departements-legende" id={idOf("departments")} tabIndex={-1}>
          <legend className="fr-fieldset__legend" id="departements-legende">Départements</legend>
          <div className="fr-fieldset__element">
            {chosen.length === 0 ? (
              <p className="fr-text--sm fr-mb-1w">Aucun département pour l’instant.</p>
            ) : (
              <ul className="fr-tags-group" aria-label="Départements choisis">
                {chosen.map((code) => (
                  <li key={code}>
                    <button type="button" className="fr-tag fr-tag--dismiss" aria-label={`Retirer ${nameOf(code)}`} onClick={() => setChosen(chosen.filter((c) => c !== code))}>
                      {nameOf(code)}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="fr-fieldset__element">
            <div className="fr-select-group">
              <label className="fr-label" htmlFor="departement-a-ajouter">Ajouter un département</label>
              <select className="fr-select" id="departement-a-ajouter" value={adding} onChange={(e) => setAdding(e.target.value)}>
                <option value="">Choisir un département</option>
                {departments.filter((d) => !chosen.includes(d.code)).map((d) => (
                  <option key={d.code} value={d.code}>{`${d.code} — ${d.name}`}</option>
                ))}
              </select>
            </div>
            <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm fr-mt-1w" onClick={add} disabled={!adding}>Ajouter ce département</button>
          </div>
          {errors.departments && (
            <div className="fr-messages-group">
              <p className="fr-message fr-message--error" id={`${idOf("departments")}-erreur`}>{errors.departments}</p>
            </div>
          )}
        </fieldset>
      )}
      <button className="fr-btn" type="submit" disabled={form.busy} aria-busy={form.busy}>{form.busy ? "Enregistrement…" : "Accorder l’habilitation"}</button>
    </form>
  );
}
