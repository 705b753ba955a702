import { z } from "zod";

// Sign-in and invitations key on the address, so it is normalised once and anything a
// mail system could read two ways is refused: quoted local parts, comments, several @,
// and non-ASCII characters (look-alikes such as a Cyrillic "а" in "pаypal.com").
const ADDRESS =
  /^[a-z0-9](?:[a-z0-9._%+'-]{0,62}[a-z0-9_%+-])?@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

type EmailCheck = { ok: true; email: string } | { ok: false; message: string };

export function normalizeEmailAddress(raw: string): EmailCheck {
  const email = raw.trim().toLowerCase();
  if (email.length === 0) return { ok: false, message: "Enter your email address." };
  if (email.length > 254) return { ok: false, message: "That email address is too long." };
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(email)) {
    return { ok: false, message: "Use an email address with plain Latin letters and digits only." };
  }
  // Browsers turn an internationalised domain into punycode (xn--…) before we see it.
  if (/(^|[@.])xn--/.test(email)) {
    return { ok: false, message: "Use an email address with plain Latin letters and digits only." };
  }
  if (/["(),:;<>[\]\\\s]/.test(email)) {
    return {
      ok: false,
      message: "Quoted or unusual email addresses are not accepted. Use a plain address like name@example.com.",
    };
  }
  if (!ADDRESS.test(email) || email.includes("..")) {
    return { ok: false, message: "Enter a valid email address, like name@example.com." };
  }
  return { ok: true, email };
}

/** A zod field that normalises an email address or fails with the reason. */
export const emailAddressSchema = z
  .string()
  .max(320, "That email address is too long.")
  .transform((value, ctx) => {
    const result = normalizeEmailAddress(value);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: result.message });
      return z.NEVER;
    }
    return result.email;
  });
