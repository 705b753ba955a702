import { describe, expect, it } from "vitest";
import { setupTasks, type SetupFacts } from "./setup-tasks";

const hours = [{ weekday: 1, ranges: [{ start: "09:00", end: "17:00" }] }];
const noHours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, ranges: [] }));

const runningPractice: SetupFacts = {
  coaches: [{ bookingEnabled: true, weeklyHours: hours, publicSessionTypes: 1 }],
  coachMembers: 1,
  clients: 4,
  pendingInvitations: 0,
  branding: { brandColor: "#7c3aed", logoUrl: null },
};
const keys = (facts: Partial<SetupFacts>) => setupTasks({ ...runningPractice, ...facts }).map((task) => task.key);

describe("setupTasks", () => {
  it("is empty for a practice that runs by itself", () => {
    expect(setupTasks(runningPractice)).toEqual([]);
  });

  it("starts a brand-new practice with inviting a coach, adding clients and branding", () => {
    expect(
      keys({ coaches: [], coachMembers: 0, clients: 0, branding: { brandColor: "#0F766E", logoUrl: null } }),
    ).toEqual(["invite-coach", "first-client", "branding"]);
  });

  it("asks for hours when coaches exist but none can be booked", () => {
    expect(keys({ coaches: [{ bookingEnabled: true, weeklyHours: noHours, publicSessionTypes: 1 }] })).toEqual([
      "availability",
    ]);
    expect(keys({ coaches: [{ bookingEnabled: false, weeklyHours: hours, publicSessionTypes: 1 }] })).toEqual([
      "availability",
    ]);
    // A coach who joined but has no profile yet.
    expect(keys({ coaches: [], coachMembers: 1 })).toEqual(["availability"]);
  });

  it("asks for a public session type when no bookable coach offers one", () => {
    expect(
      keys({
        coaches: [
          { bookingEnabled: true, weeklyHours: hours, publicSessionTypes: 0 },
          { bookingEnabled: false, weeklyHours: hours, publicSessionTypes: 2 },
        ],
      }),
    ).toEqual(["public-session"]);
  });

  it("treats a logo as branding even with the default colour", () => {
    expect(keys({ branding: { brandColor: "#0f766e", logoUrl: "https://example.com/logo.png" } })).toEqual([]);
  });

  it("counts invitations waiting for an answer in its title", () => {
    const [task] = setupTasks({ ...runningPractice, pendingInvitations: 2 });
    expect(task).toMatchObject({ key: "invitations", title: "2 invitations are not accepted yet", path: "/members" });
    expect(setupTasks({ ...runningPractice, pendingInvitations: 1 })[0]!.title).toBe(
      "1 invitation is not accepted yet",
    );
  });

  it("reads weekly hours defensively: anything but days with ranges is no hours", () => {
    expect(keys({ coaches: [{ bookingEnabled: true, weeklyHours: null, publicSessionTypes: 1 }] })).toEqual([
      "availability",
    ]);
    expect(keys({ coaches: [{ bookingEnabled: true, weeklyHours: [{}], publicSessionTypes: 1 }] })).toEqual([
      "availability",
    ]);
  });
});
