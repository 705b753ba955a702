import { describe, expect, it } from "vitest";
import { createUser } from "../../../prisma/factories";
import { prisma } from "~/server/db/client";
import {
  claimSignInLink,
  SIGN_IN_LINKS_PER_ADDRESS,
  SIGN_IN_LINKS_PER_EMAIL,
  SignInLinkRefused,
} from "./sign-in-email";

// Sign-in links are the one email anyone may make the app send to anyone: limited per address
// asked for and per network asking, with counters in PostgreSQL shared by every web server. The
// window slides: links sent late in one window still count early in the next.

const now = new Date("2026-11-23T08:00:00Z");

/** How many of `attempts` claims were allowed, and the sentence of the first refusal. */
async function claims(attempts: number, claim: (n: number) => Promise<void>) {
  let allowed = 0;
  let refusal: string | undefined;
  for (let n = 0; n < attempts; n++) {
    try {
      await claim(n);
      allowed++;
    } catch (error) {
      if (!(error instanceof SignInLinkRefused)) throw error;
      refusal ??= error.sentence;
    }
  }
  return { allowed, refusal };
}

describe("sign-in link limits", () => {
  it("sends an address only a few links a window, however many networks ask", async () => {
    const limit = SIGN_IN_LINKS_PER_EMAIL.limit;
    const result = await claims(limit + 5, (n) => claimSignInLink("flooded@example.com", `198.51.100.${n}`, now));
    expect(result.allowed).toBe(limit);
    expect(result.refusal).toMatch(/^We've just sent several sign-in links to flooded@example\.com\. .* ask again in/);
    // Another address is unaffected, and once the wait the sentence names has passed, a link goes out again.
    await expect(claimSignInLink("someone-else@example.com", "198.51.100.1", now)).resolves.toBeUndefined();
    const minutes = Number(/ask again in (\d+) minutes\.$/.exec(result.refusal!)?.[1]);
    const later = (m: number) => new Date(now.getTime() + m * 60_000);
    await expect(claimSignInLink("flooded@example.com", "198.51.100.1", later(minutes - 1))).rejects.toThrow(
      SignInLinkRefused,
    );
    await expect(claimSignInLink("flooded@example.com", "198.51.100.1", later(minutes))).resolves.toBeUndefined();
  });

  it("lets one network ask for only so many links, to any addresses", async () => {
    const limit = SIGN_IN_LINKS_PER_ADDRESS.limit;
    const result = await claims(limit + 3, (n) => claimSignInLink(`target-${n}@example.com`, "203.0.113.50", now));
    expect(result.allowed).toBe(limit);
    expect(result.refusal).toMatch(/^Too many sign-in links were requested from your network\./);
    await expect(claimSignInLink("target-0@example.com", "203.0.113.51", now)).resolves.toBeUndefined();
  });

  it("says the same whether or not the address has an account", async () => {
    const member = await createUser(prisma, { email: "member@example.com" });
    const refusalFor = async (email: string) =>
      (await claims(SIGN_IN_LINKS_PER_EMAIL.limit + 1, () => claimSignInLink(email, "192.0.2.7", now))).refusal;
    const forMember = await refusalFor(member.email);
    const forStranger = await refusalFor("stranger@example.com");
    expect(forMember).toBeDefined();
    expect(forMember!.replace(member.email, "<address>")).toBe(
      forStranger!.replace("stranger@example.com", "<address>"),
    );
  });
});
