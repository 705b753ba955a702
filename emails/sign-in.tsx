import { Link } from "@react-email/components";
import { DEFAULT_BRAND_COLOR } from "./components/colors";
import { EmailLayout, Muted, Paragraph, PrimaryButton, Title } from "./components/layout";

export const signInSubject = "Your Fieldnotes sign-in link";

export interface SignInEmailProps {
  url: string;
  expiresInMinutes: number;
}

export default function SignInEmail({ url, expiresInMinutes }: SignInEmailProps) {
  return (
    <EmailLayout title={signInSubject} preview="Your link to sign in to Fieldnotes">
      <Title>Sign in to Fieldnotes</Title>
      <Paragraph>Use the button below to sign in. No password needed.</Paragraph>
      <PrimaryButton href={url}>Sign in to Fieldnotes</PrimaryButton>
      <Muted style={{ margin: "0 0 4px" }}>Or copy and paste this link into your browser:</Muted>
      <Paragraph style={{ fontSize: "13px", lineHeight: "20px", wordBreak: "break-all" }}>
        <Link href={url} style={{ color: DEFAULT_BRAND_COLOR }}>
          {url}
        </Link>
      </Paragraph>
      <Muted>
        {`This link expires in ${expiresInMinutes} minutes and works once. If you didn't ask for it, ignore this email.`}
      </Muted>
    </EmailLayout>
  );
}

SignInEmail.PreviewProps = {
  url: "http://localhost:3000/api/auth/callback/nodemailer?token=preview-token&email=maya%40example.com",
  expiresInMinutes: 10,
} satisfies SignInEmailProps;
