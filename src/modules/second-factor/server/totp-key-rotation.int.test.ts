import { describe, expect, it } from "vitest";
import { createUser } from "../../../../prisma/factories";
import { needsResealing, openSecret, sealSecret } from "~/server/crypto/secret-box";
import { prisma } from "~/server/db/client";
import { resealTotpSecrets } from "./second-factor.system.repo";

const OLD = `old:${Buffer.alloc(32, 3).toString("base64")}`;
const NEW = `new:${Buffer.alloc(32, 4).toString("base64")}`;

describe("rotating the key that seals authenticator app secrets", () => {
  it("re-seals each secret with the new key, readable without the old one, and then finds nothing left", async () => {
    const user = await createUser(prisma);
    await prisma.totpAuthenticator.create({
      data: { userId: user.id, secretSealed: sealSecret("JBSWY3DPEHPK3PXP", OLD), confirmedAt: new Date() },
    });

    expect(await resealTotpSecrets(`${NEW},${OLD}`)).toEqual({ resealed: 1 });
    const { secretSealed } = await prisma.totpAuthenticator.findUniqueOrThrow({ where: { userId: user.id } });
    expect(needsResealing(secretSealed, NEW)).toBe(false);
    expect(openSecret(secretSealed, NEW)).toBe("JBSWY3DPEHPK3PXP");
    expect(await resealTotpSecrets(`${NEW},${OLD}`)).toEqual({ resealed: 0 });
  });
});
