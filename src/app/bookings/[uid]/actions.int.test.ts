import { describe, expect, it, vi } from "vitest";
import { createBookableCoach, createPractice } from "../../../../prisma/factories";
import { prisma } from "~/server/db/client";
import { markPeerAddressRecorded, PEER_ADDRESS_HEADER } from "~/server/http/peer-address";
import { PUBLIC_WRITE_LIMIT } from "~/server/http/public-api";
import { POST as bookViaApi } from "../../api/public/bookings/route";
import { POST as cancelViaApi } from "../../api/public/bookings/[uid]/cancel/route";
import { cancelBookingAction } from "./actions";

// The manage page's cancel form beside the JSON API's cancel: one rate limit per client address
// for both, and one answer for a link that names no booking. Server Actions read the request's
// headers from Next; here they are the ones the test sets, as `npm start` records them.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));
markPeerAddressRecorded();

let ip = 0;
const nextAddress = () => `10.1.0.${++ip}`;
const WRONG_TOKEN = "a".repeat(43);

function cancelViaForm(address: string, fields: { uid: string; token: string; reason?: string }) {
  request.headers = new Headers({ [PEER_ADDRESS_HEADER]: address });
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return cancelBookingAction({}, form);
}

async function cancelViaApiFrom(address: string, uid: string, token: string) {
  const response = await cancelViaApi(
    new Request(`http://localhost/api/public/bookings/${uid}/cancel?token=${encodeURIComponent(token)}`, {
      method: "POST",
      headers: { "content-type": "application/json", [PEER_ADDRESS_HEADER]: address },
      body: "{}",
    }),
    { params: Promise.resolve({ uid }) },
  );
  return { status: response.status, error: (await response.json()).error as { code: string; message: string } };
}

async function bookedSession() {
  const { practice } = await createPractice(prisma);
  const { profile } = await createBookableCoach(prisma, practice.id, { timeZone: "UTC" });
  const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const response = await bookViaApi(
    new Request("http://localhost/api/public/bookings", {
      method: "POST",
      headers: { "content-type": "application/json", [PEER_ADDRESS_HEADER]: nextAddress() },
      body: JSON.stringify({
        practiceSlug: practice.slug,
        coachSlug: profile.slug,
        start: `${day}T10:00:00.000Z`,
        name: "Ada Lovelace",
        email: `ada-${ip}@example.com`,
        timeZone: "UTC",
      }),
    }),
    { params: Promise.resolve({}) },
  );
  const { uid, manageUrl } = await response.json();
  return { uid: uid as string, token: new URL(manageUrl).searchParams.get("token")! };
}

/** Runs `attempt` again from a new address when a rate-limit window ended while it ran. */
async function inOneRateWindow<T>(attempt: (address: string) => Promise<T>): Promise<T> {
  const windowOf = () => Math.floor(Date.now() / (PUBLIC_WRITE_LIMIT.windowSeconds * 1000));
  for (;;) {
    const window = windowOf();
    const result = await attempt(nextAddress());
    if (windowOf() === window) return result;
  }
}

describe("the cancel form", () => {
  it("shares the API's write limit per client address, and keeps the typed reason when refused", async () => {
    const booking = await bookedSession();
    const half = PUBLIC_WRITE_LIMIT.limit / 2;
    const { viaApi, viaForm } = await inOneRateWindow(async (address) => {
      const viaApi = [];
      for (let n = 0; n < half; n++) viaApi.push(await cancelViaApiFrom(address, booking.uid, WRONG_TOKEN));
      const viaForm = [];
      for (let n = 0; n <= half; n++) {
        viaForm.push(await cancelViaForm(address, { uid: booking.uid, token: WRONG_TOKEN, reason: "Moving city" }));
      }
      return { viaApi, viaForm };
    });
    expect(viaApi.map((answer) => answer.status)).toEqual(Array(half).fill(404));
    expect(viaForm.slice(0, -1).map((state) => state.error)).toEqual(Array(half).fill(viaApi[0]!.error.message));
    expect(viaForm.at(-1)).toEqual({
      error: expect.stringMatching(/^Too many attempts from your network\. Please try again in \d+ seconds\.$/),
      reason: "Moving city",
    });

    // Another address is not held back, and the right token cancels and goes to the manage page.
    await expect(cancelViaForm(nextAddress(), booking)).rejects.toMatchObject({
      digest: expect.stringContaining(`/bookings/${booking.uid}?token=${booking.token}&cancelled=1`),
    });
    expect((await prisma.booking.findUniqueOrThrow({ where: { uid: booking.uid } })).status).toBe("CANCELLED");
  });

  it("answers a wrong, malformed or missing token, or an unknown uid, with the API's not-found sentence", async () => {
    const booking = await bookedSession();
    const links = [
      { uid: booking.uid, token: WRONG_TOKEN },
      { uid: booking.uid, token: "too-short" },
      { uid: booking.uid, token: "" },
      { uid: "no-such-booking", token: booking.token },
    ];
    for (const link of links) {
      const address = nextAddress();
      const api = await cancelViaApiFrom(address, link.uid, link.token);
      expect(api.status).toBe(404);
      expect(await cancelViaForm(address, link)).toEqual({ error: api.error.message, reason: "" });
    }
    expect((await prisma.booking.findUniqueOrThrow({ where: { uid: booking.uid } })).status).toBe("CONFIRMED");
  });
});
