import { DownloadButtons } from "../components/download-buttons.js";

const files = [
  { key: "national.csv", label: "Vue nationale (CSV)", url: "/api/projects/exports/national.csv", fallbackName: "tetris-national.csv" },
  { key: "national.xlsx", label: "Vue nationale (Excel)", url: "/api/projects/exports/national.xlsx", fallbackName: "tetris-national.xlsx" },
];

/** The national view as files. */
export function NationalExports() {
  return <DownloadButtons files={files} advice={{ forbidden: "La vue nationale est réservée aux agents de l'ANCT." }} />;
}
