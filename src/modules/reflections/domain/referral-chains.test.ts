import { describe, expect, it } from "vitest";
import { referralChains, type ReferralContact } from "./referral-chains";

const c = (id: string, referredById: string | null = null): ReferralContact => ({ id, name: id, referredById });
const shape = (chains: ReturnType<typeof referralChains>) =>
  chains.map((chain) => chain.map((line) => `${"  ".repeat(line.depth)}${line.contact.id}`));

describe("referralChains", () => {
  it("lays out who led to whom depth-first, leaving out people with no referrals", () => {
    const contacts = [c("ada"), c("ben", "ada"), c("cy", "ben"), c("dee", "ada"), c("eve"), c("fay")];
    expect(shape(referralChains(contacts))).toEqual([["ada", "  ben", "    cy", "  dee"]]);
  });

  it("treats a referrer outside the list as no referrer", () => {
    expect(shape(referralChains([c("ben", "gone"), c("cy", "ben")]))).toEqual([["ben", "  cy"]]);
  });

  it("is safe against loops and self-referrals: everyone once, and it ends", () => {
    const loop = [c("a", "c"), c("b", "a"), c("c", "b"), c("self", "self")];
    expect(shape(referralChains(loop))).toEqual([["a", "  b", "    c"]]);
    const tail = [c("x", "y"), c("y", "x"), c("z", "y")];
    expect(shape(referralChains(tail))).toEqual([["x", "  y", "    z"]]);
  });
});
