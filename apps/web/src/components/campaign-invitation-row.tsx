import { formatDateTime, territoryLabel } from "./campaign-format.js";
import { CampaignInvitationLink } from "./campaign-invitation-link.js";
import { actorTypeLabels, type CampaignInvitation } from "./campaign-types.js";

interface Props {
  invitation: CampaignInvitation;
  /** Staff only: the link's token, undefined while loading or when it could not be loaded. */
  token: string | undefined;
  staff: boolean;
  linksLoading: boolean;
  /** Given when the link may be revoked (staff, campaign open, link active). */
  onRevoke: (() => void) | null;
  revoking: boolean;
}

/** One invited actor: who, for which territory, its contact, its link and, for staff, « Révoquer ». */
export function CampaignInvitationRow({ invitation, token, staff, linksLoading, onRevoke, revoking }: Props) {
  return (
    <tr>
      <td>{invitation.organisation}</td>
      <td>{actorTypeLabels[invitation.actorType]}</td>
      <td>{territoryLabel(invitation.territory)}</td>
      <td>
        {invitation.contactName ?? (invitation.contactEmail ? null : "—")}
        {invitation.contactName && invitation.contactEmail && <br />}
        {invitation.contactEmail && <a className="fr-link" href={`mailto:${invitation.contactEmail}`}>{invitation.contactEmail}</a>}
      </td>
      {staff && (
        <td>
          {invitation.revokedAt ? (
            <p className="fr-mb-0">
              <span className="fr-badge fr-badge--sm fr-badge--no-icon fr-badge--error">Révoqué</span>
              <br />
              le <time dateTime={invitation.revokedAt}>{formatDateTime(invitation.revokedAt)}</time>
            </p>
          ) : token ? (
            <CampaignInvitationLink token={token} organisation={invitation.organisation} />
          ) : linksLoading ? (
            "Chargement…"
          ) : (
            "Lien indisponible"
          )}
        </td>
      )}
      {staff && (
        <td>
          {onRevoke && (
            <button type="button" className="fr-btn fr-btn--sm fr-btn--tertiary" onClick={onRevoke} disabled={revoking}>
              {revoking ? "Révocation…" : "Révoquer"}
              <span className="fr-sr-only"> le lien de {invitation.organisation}</span>
            </button>
          )}
        </td>
      )}
    </tr>
  );
}
