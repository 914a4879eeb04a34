import { DownloadButtons } from "../components/download-buttons.js";

/** « Compte rendu »: the day's report, as a printable page or a PDF. */
export function ReportDownloads({ workshopId }: { workshopId: string }) {
  const files = (["html", "pdf"] as const).map((format) => ({
    key: format,
    label: format === "html" ? "Compte rendu à imprimer (HTML)" : "Compte rendu (PDF)",
    url: `/api/workshops/reports/workshops/${encodeURIComponent(workshopId)}.${format}`,
    fallbackName: `compte-rendu-${workshopId}.${format}`,
  }));
  return (
    <>
      <p>
        Le programme, les présences, les besoins par thème et les fiches projet avec leurs voix, tels qu'ils sont au moment du
        téléchargement.
      </p>
      <DownloadButtons
        files={files}
        errorTitle="Le compte rendu n'a pas pu être téléchargé"
        advice={{ forbidden: "Votre compte n'a pas accès à cette journée d'ateliers.", notFound: "La journée d'ateliers est introuvable : rechargez la page." }}
      />
    </>
  );
}
