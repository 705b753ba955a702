import { describe, expect, it } from "vitest";
import { placeFor } from "./session-place";

const names = { coach: "Maya Chen", booker: "Jamie Doe" };

describe("where a session happens, for each side", () => {
  it("gives a video call's link to both sides, and opens only an https one", () => {
    const video = { location: { kind: "VIDEO" as const, detail: "https://whereby.com/maya" }, bookerPhone: null };
    expect(placeFor("booker", video, names)).toEqual({
      label: "Video call",
      sentence: "Video call: https://whereby.com/maya",
      value: "https://whereby.com/maya",
      href: "https://whereby.com/maya",
    });
    expect(placeFor("coach", video, names)).toEqual(placeFor("booker", video, names));
    const unsafe = { location: { kind: "VIDEO" as const, detail: "javascript:alert(1)" }, bookerPhone: null };
    expect(placeFor("booker", unsafe, names)?.href).toBeNull();
  });

  it("tells whoever dials whom to call, and the other who calls them", () => {
    const coachCalls = { location: { kind: "PHONE_BOOKER" as const, detail: null }, bookerPhone: "+44 20 7946 0958" };
    expect(placeFor("booker", coachCalls, names)?.sentence).toBe("Phone call: Maya Chen calls you on +44 20 7946 0958");
    expect(placeFor("coach", coachCalls, names)).toMatchObject({
      sentence: "Phone call: call Jamie Doe on +44 20 7946 0958",
      value: "+44 20 7946 0958",
      href: "tel:+442079460958",
    });
    const bookerCalls = { location: { kind: "PHONE_COACH" as const, detail: "(555) 010-4477" }, bookerPhone: null };
    expect(placeFor("booker", bookerCalls, names)?.sentence).toBe("Phone call: call Maya Chen on (555) 010-4477");
    expect(placeFor("coach", bookerCalls, names)?.sentence).toBe("Phone call: Jamie Doe calls you on (555) 010-4477");
    const noNumber = { ...coachCalls, bookerPhone: null };
    expect(placeFor("booker", noNumber, names)).toMatchObject({
      sentence: "Phone call: Maya Chen calls you",
      href: null,
    });
  });

  it("gives an address in person, and nothing when the type names no place", () => {
    const office = { location: { kind: "IN_PERSON" as const, detail: "12 High Street, Leeds" }, bookerPhone: null };
    expect(placeFor("booker", office, names)).toMatchObject({
      sentence: "In person: 12 High Street, Leeds",
      value: "12 High Street, Leeds",
      href: null,
    });
    expect(placeFor("coach", { location: { kind: "NONE", detail: null }, bookerPhone: null }, names)).toBeNull();
  });
});
