import { describe, expect, it } from "vitest";
import { createBookableCoach, createCalendarConnection, createPractice } from "../../../../prisma/factories";
import { needsResealing, openSecret, sealSecret } from "~/server/crypto/secret-box";
import { prisma } from "~/server/db/client";
import { resealCalendarSecrets } from "./sealed-secrets.system.repo";

const OLD = `old:${Buffer.alloc(32, 1).toString("base64")}`;
const NEW = `new:${Buffer.alloc(32, 2).toString("base64")}`;

describe("rotating the calendar encryption key", () => {
  it("re-seals every credential and feed secret with the new key, readable without the old one", async () => {
    const { practice } = await createPractice(prisma);
    const coach = await createBookableCoach(prisma, practice.id);
    const connection = await createCalendarConnection(prisma, coach.profile);
    const credentials = JSON.stringify({ url: "https://calendar.example.com/secret.ics" });
    await prisma.calendarConnection.update({
      where: { id: connection.id },
      data: { sealedCredentials: sealSecret(credentials, OLD) },
    });
    await prisma.coachProfile.update({
      where: { id: coach.profile.id },
      data: { sessionFeedTokenSealed: sealSecret("feed-secret", OLD) },
    });

    expect(await resealCalendarSecrets(`${NEW},${OLD}`)).toEqual({ resealed: 2 });
    const row = await prisma.calendarConnection.findUniqueOrThrow({ where: { id: connection.id } });
    expect(needsResealing(row.sealedCredentials, NEW)).toBe(false);
    expect(openSecret(row.sealedCredentials, NEW)).toBe(credentials);
    const profile = await prisma.coachProfile.findUniqueOrThrow({ where: { id: coach.profile.id } });
    expect(openSecret(profile.sessionFeedTokenSealed!, NEW)).toBe("feed-secret");
    expect(await resealCalendarSecrets(`${NEW},${OLD}`)).toEqual({ resealed: 0 });
  });
});
