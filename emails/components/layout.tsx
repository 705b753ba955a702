import { Body, Button, Container, Head, Heading, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { CSSProperties, ReactNode } from "react";
import { brandTextColor, buttonColors, palette, safeBrandColor } from "./colors";
import { PracticeMark, Signature } from "./letterhead";

// Shared look of every Fieldnotes email: a white card on a light-grey page, the practice's
// logo or name over a thin brand-colour bar, system fonts, 560px wide. Inline styles only, so
// it renders the same in every mail client.

const fontFamily =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

interface EmailLayoutProps {
  /** The document's <title>: the subject, which some clients and screen readers show for the message. */
  title: string;
  /** Inbox preview line, shown next to the subject; not part of the visible body. */
  preview: string;
  practiceName?: string;
  brandColor?: string | null;
  logoUrl?: string | null;
  /** The coach whose work caused the email: it ends with their signature. */
  signedBy?: string | null;
  children: ReactNode;
  footer?: ReactNode;
}

export function EmailLayout({
  title,
  preview,
  practiceName,
  brandColor,
  logoUrl,
  signedBy,
  children,
  footer,
}: EmailLayoutProps) {
  const practice = practiceName?.trim() ?? "";
  return (
    <Html lang="en">
      <Head>
        <title>{title}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </Head>
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Section style={{ ...styles.card, borderTop: `4px solid ${safeBrandColor(brandColor)}` }}>
            <PracticeMark name={practice || "Fieldnotes"} logoUrl={logoUrl} />
            {children}
            {signedBy?.trim() ? <Signature name={signedBy.trim()} practiceName={practice} /> : null}
          </Section>
          <Section style={styles.footer}>
            <Text style={styles.footerText}>Sent by Fieldnotes</Text>
            {footer}
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

/** The footer line of every email a person may turn off: one click, no sign-in. */
export function UnsubscribeFooter({ url, what }: { url?: string; what: string }) {
  if (!url) return null;
  return (
    <Text style={styles.footerText}>
      {`You get this because ${what} are on. `}
      <Link href={url} style={{ color: palette.muted, textDecoration: "underline" }}>
        Unsubscribe
      </Link>
    </Text>
  );
}

export function Title({ children }: { children: ReactNode }) {
  return <Heading style={styles.title}>{children}</Heading>;
}

export function Paragraph({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  return <Text style={{ ...styles.paragraph, ...style }}>{children}</Text>;
}

export function Muted({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  return <Text style={{ ...styles.muted, ...style }}>{children}</Text>;
}

/** A heading inside an email, above a list or a quotation. */
export function SectionTitle({ children }: { children: ReactNode }) {
  return (
    <Heading as="h2" style={styles.sectionTitle}>
      {children}
    </Heading>
  );
}

/** A bulleted list; html-to-text turns it into " * " lines in the text part. */
export function ItemList({ children }: { children: ReactNode }) {
  return <ul style={styles.list}>{children}</ul>;
}

export function Item({ children }: { children: ReactNode }) {
  return <li style={styles.listItem}>{children}</li>;
}

/** A link inside a sentence or a list item, in the practice's colour. */
export function InlineLink({ href, children, color }: { href: string; children: ReactNode; color?: string | null }) {
  return (
    <Link href={href} style={{ color: brandTextColor(safeBrandColor(color)), textDecoration: "underline" }}>
      {children}
    </Link>
  );
}

/** Someone's own words (a reflection, a comment), set off from ours. */
export function Quote({ children, color }: { children: ReactNode; color?: string | null }) {
  return (
    <Text style={{ ...styles.paragraph, ...styles.quote, borderLeft: `3px solid ${safeBrandColor(color)}` }}>
      {children}
    </Text>
  );
}

export function PrimaryButton({ href, children, color }: { href: string; children: ReactNode; color?: string | null }) {
  const { background, text } = buttonColors(safeBrandColor(color));
  return (
    <Section style={styles.buttonRow}>
      <Button href={href} style={{ ...styles.button, backgroundColor: background, color: text }}>
        {children}
      </Button>
    </Section>
  );
}

const styles = {
  body: { backgroundColor: palette.page, fontFamily, margin: 0, padding: "32px 12px" },
  container: { maxWidth: "560px", width: "100%", margin: "0 auto" },
  card: {
    backgroundColor: palette.card,
    border: `1px solid ${palette.line}`,
    borderRadius: "8px",
    padding: "28px 32px 12px",
  },
  title: { color: palette.ink, fontSize: "22px", fontWeight: 600, lineHeight: "30px", margin: "0 0 16px" },
  paragraph: { color: palette.ink, fontSize: "15px", lineHeight: "24px", margin: "0 0 16px" },
  sectionTitle: { color: palette.ink, fontSize: "16px", fontWeight: 600, lineHeight: "24px", margin: "8px 0 8px" },
  list: { color: palette.ink, fontSize: "15px", lineHeight: "24px", margin: "0 0 16px", paddingLeft: "20px" },
  listItem: { margin: "0 0 4px" },
  quote: { color: palette.quote, fontStyle: "italic", margin: "0 0 16px", paddingLeft: "12px" },
  muted: { color: palette.muted, fontSize: "13px", lineHeight: "20px", margin: "0 0 16px" },
  buttonRow: { margin: "8px 0 24px" },
  button: {
    borderRadius: "6px",
    display: "inline-block",
    fontSize: "15px",
    fontWeight: 600,
    lineHeight: "20px",
    padding: "12px 22px",
    textDecoration: "none",
  },
  footer: { padding: "16px 32px 0", textAlign: "center" },
  footerText: { color: palette.muted, fontSize: "12px", lineHeight: "18px", margin: "0 0 4px" },
} satisfies Record<string, CSSProperties>;
