import { Img, Section, Text } from "@react-email/components";
import type { CSSProperties } from "react";
import { palette } from "./colors";

/** What a practice's email says about the practice: its name, its colour and its logo. */
export interface PracticeLetterhead {
  practiceName: string;
  /** Hex colour of the header bar, links and buttons; anything else falls back to #0f766e. */
  brandColor?: string | null;
  /** The practice's logo; the worker fills it in from the practice when it sends (see EmailRenderExtras). */
  logoUrl?: string | null;
}

/** Only an https image: mail clients block or warn about anything else, and a wordmark is better than a broken image. */
function httpsImage(url?: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

/** The practice's logo, named by its alt text, or its name set as a wordmark. */
export function PracticeMark({ name, logoUrl }: { name: string; logoUrl?: string | null }) {
  const logo = httpsImage(logoUrl);
  if (!logo) return <Text style={styles.wordmark}>{name}</Text>;
  return (
    <Section style={styles.logoRow}>
      <Img src={logo} alt={name} height="40" style={styles.logo} />
    </Section>
  );
}

/** The sign-off of an email a coach's work caused: the coach, then the practice (once, when they are the same). */
export function Signature({ name, practiceName }: { name: string; practiceName: string }) {
  return (
    <Section style={styles.signature}>
      <Text style={styles.signatureName}>{name}</Text>
      {practiceName && practiceName !== name ? <Text style={styles.signaturePractice}>{practiceName}</Text> : null}
    </Section>
  );
}

const styles = {
  wordmark: { color: palette.ink, fontSize: "14px", fontWeight: 600, lineHeight: "20px", margin: "0 0 20px" },
  logoRow: { margin: "0 0 20px" },
  logo: { display: "block", height: "40px", maxWidth: "200px", width: "auto", border: 0 },
  signature: { borderTop: `1px solid ${palette.line}`, margin: "8px 0 16px", paddingTop: "16px" },
  signatureName: { color: palette.ink, fontSize: "15px", fontWeight: 600, lineHeight: "22px", margin: 0 },
  signaturePractice: { color: palette.muted, fontSize: "14px", lineHeight: "20px", margin: 0 },
} satisfies Record<string, CSSProperties>;
