import { useState } from "react";
import { questionnaire } from "../api.js";
import { CampaignErrorAlert } from "./campaign-error-alert.js";
import { CampaignInvitationRow } from "./campaign-invitation-row.js";
import { CampaignInviteForm } from "./campaign-invite-form.js";
import { useCampaignQuery } from "./campaign-query.js";
import { CampaignTable } from "./campaign-table.js";
import type { CampaignView } from "./campaign-types.js";

interface Props {
  campaign: CampaignView;
  staff: boolean;
  /** Changes when the campaign was reloaded, to reload the links with it. */
  version: number;
  onChanged: () => void;
}

/** « Invitations »: the actors invited, their links for staff to copy or revoke, and inviting one more. */
export function CampaignInvitations({ campaign, staff, version, onChanged }: Props) {
  const open = campaign.status === "open";
  const links = useCampaignQuery(
    () => (staff ? questionnaire.campaigns.invitationLinks.query({ campaignId: campaign.campaignId }) : Promise.resolve([])),
    `${campaign.campaignId}:${version}:${staff}`,
  );
  const tokens = new Map((links.data ?? []).map((link) => [link.invitationId, link.token]));
  const [revoking, setRevoking] = useState<string | null>(null);
  const [revokeError, setRevokeError] = useState<unknown>(null);
  const [said, setSaid] = useState("");

  async function revoke(invitationId: string, organisation: string) {
    const sure = confirm(
      `Révoquer le lien de « ${organisation} » ?\n\n` +
        "Le lien ne permettra plus d'enregistrer ni d'envoyer de réponse ; ce qui a déjà été envoyé reste compté. " +
        "Pour lui donner un nouveau lien, invitez de nouveau cet acteur.",
    );
    if (!sure) return;
    setRevoking(invitationId);
    setRevokeError(null);
    setSaid("");
    try {
      await questionnaire.campaigns.revokeInvitation.mutate({ campaignId: campaign.campaignId, invitationId });
      setSaid(`Le lien de ${organisation} est révoqué.`);
      onChanged();
    } catch (err) {
      setRevokeError(err);
    } finally {
      setRevoking(null);
    }
  }

  const headers = ["Organisation", "Type", "Territoire", "Contact", ...(staff ? ["Lien de réponse", "Action"] : [])];
  return (
    <>
      {links.error !== null && (
        <CampaignErrorAlert error={links.error} title="Les liens de réponse n'ont pas pu être chargés" onRetry={links.reload} />
      )}
      {revokeError !== null && <CampaignErrorAlert error={revokeError} title="Le lien n'a pas été révoqué" />}
      <p className="fr-sr-only" role="status">{said}</p>
      {campaign.invitations.length === 0 ? (
        <p>Aucun acteur invité pour le moment.</p>
      ) : (
        <div aria-busy={links.loading}>
          <CampaignTable caption={`Acteurs invités (${campaign.invitations.length})`} headers={headers}>
            {campaign.invitations.map((invitation) => (
              <CampaignInvitationRow
                key={invitation.invitationId}
                invitation={invitation}
                token={tokens.get(invitation.invitationId)}
                staff={staff}
                linksLoading={links.loading}
                onRevoke={staff && open && !invitation.revokedAt ? () => revoke(invitation.invitationId, invitation.organisation) : null}
                revoking={revoking === invitation.invitationId}
              />
            ))}
          </CampaignTable>
        </div>
      )}
      {staff && open && <CampaignInviteForm campaignId={campaign.campaignId} departmentCode={campaign.departmentCode} onInvited={onChanged} />}
      {staff && !open && <p>La campagne est clôturée : on ne peut plus inviter d'acteur ni révoquer de lien.</p>}
    </>
  );
}
