import { Body, Button, Container, Head, Heading, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { CSSProperties, ReactNode } from "react";

// Shared look of every Fieldnotes email: a white card on a light-grey page, the practice
// name over a thin brand-colour bar, system fonts, 560px wide. Inline styles only, so it
// renders the same in every mail client.

export const DEFAULT_BRAND_COLOR = "#0f766e";

const fontFamily =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';
const ink = "#0f172a";
const muted = "#64748b";
const line = "#e2e8f0";

/** A practice's colour when it is a #rgb/#rrggbb hex, otherwise the Fieldnotes teal. */
function safeBrandColor(color?: string | null): string {
  return color && /^#(?:[0-9a-f]{3}){1,2}$/i.test(color.trim()) ? color.trim() : DEFAULT_BRAND_COLOR;
}

/** White or ink, whichever reads better on the given hex background. */
function textColorOn(hex: string): string {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join("") : digits;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255) as [number, number, number];
  const channel = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  return luminance > 0.45 ? ink : "#ffffff";
}

interface EmailLayoutProps {
  /** Inbox preview line, shown next to the subject; not part of the visible body. */
  preview: string;
  practiceName?: string;
  /** Hex colour of the header bar and buttons; anything else falls back to #0f766e. */
  brandColor?: string | null;
  children: ReactNode;
  footer?: ReactNode;
}

export function EmailLayout({ preview, practiceName, brandColor, children, footer }: EmailLayoutProps) {
  const color = safeBrandColor(brandColor);
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Section style={{ ...styles.card, borderTop: `4px solid ${color}` }}>
            <Text style={styles.brand}>{practiceName?.trim() || "Fieldnotes"}</Text>
            {children}
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
      <Link href={url} style={{ color: muted, textDecoration: "underline" }}>
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
    <Link href={href} style={{ color: safeBrandColor(color), textDecoration: "underline" }}>
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
  const background = safeBrandColor(color);
  return (
    <Section style={styles.buttonRow}>
      <Button href={href} style={{ ...styles.button, backgroundColor: background, color: textColorOn(background) }}>
        {children}
      </Button>
    </Section>
  );
}

const styles = {
  body: { backgroundColor: "#f1f5f9", fontFamily, margin: 0, padding: "32px 12px" },
  container: { maxWidth: "560px", width: "100%", margin: "0 auto" },
  card: {
    backgroundColor: "#ffffff",
    border: `1px solid ${line}`,
    borderRadius: "8px",
    padding: "28px 32px 12px",
  },
  brand: { color: ink, fontSize: "14px", fontWeight: 600, lineHeight: "20px", margin: "0 0 20px" },
  title: { color: ink, fontSize: "22px", fontWeight: 600, lineHeight: "30px", margin: "0 0 16px" },
  paragraph: { color: ink, fontSize: "15px", lineHeight: "24px", margin: "0 0 16px" },
  sectionTitle: { color: ink, fontSize: "16px", fontWeight: 600, lineHeight: "24px", margin: "8px 0 8px" },
  list: { color: ink, fontSize: "15px", lineHeight: "24px", margin: "0 0 16px", paddingLeft: "20px" },
  listItem: { margin: "0 0 4px" },
  quote: { color: "#334155", fontStyle: "italic", margin: "0 0 16px", paddingLeft: "12px" },
  muted: { color: muted, fontSize: "13px", lineHeight: "20px", margin: "0 0 16px" },
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
  footerText: { color: muted, fontSize: "12px", lineHeight: "18px", margin: "0 0 4px" },
} satisfies Record<string, CSSProperties>;
