import { EmailLayout, Muted, Paragraph, PrimaryButton, Title } from "./components/layout";
import { oneLine } from "./components/text";

// To the person who asked for an archive too large to download at once, when the worker has built it
// (src/modules/data-export/server/data-export.service.ts). The link works only for them, signed in.

export const dataExportReadySubject = "Your Fieldnotes export is ready";

export interface DataExportReadyEmailProps {
  /** What was exported: "your data" or the practice's name. */
  what: string;
  downloadUrl: string;
  validDays: number;
}

export default function DataExportReadyEmail({ what, downloadUrl, validDays }: DataExportReadyEmailProps) {
  return (
    <EmailLayout title={dataExportReadySubject} preview={`The archive of ${oneLine(what)} is ready to download`}>
      <Title>Your export is ready</Title>
      <Paragraph>{`The archive of ${oneLine(what)} you asked for is ready to download.`}</Paragraph>
      <PrimaryButton href={downloadUrl}>Download the archive</PrimaryButton>
      <Muted>
        {`The link works for ${validDays} days, and only while you are signed in to the account that asked for it. If you didn't ask for an export, sign in and review your sessions on the Security page.`}
      </Muted>
    </EmailLayout>
  );
}

DataExportReadyEmail.PreviewProps = {
  what: "your data",
  downloadUrl: "http://localhost:3000/exports/preview-token",
  validDays: 7,
} satisfies DataExportReadyEmailProps;
