import { describe, expect, it } from "vitest";
import { layoutCookie, preferredLayout } from "./workspace-layout";

const PIXEL =
  "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36";
const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";
const IPAD =
  "Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/604.1";
const DESKTOP = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";

describe("the workspace layout", () => {
  it("is the one the person chose, on any screen", () => {
    expect(preferredLayout({ saved: "board", mobileHint: "?1", userAgent: PIXEL })).toBe("board");
    expect(preferredLayout({ saved: "list", mobileHint: "?0", userAgent: DESKTOP })).toBe("list");
  });

  it("without a choice, is the list on a phone and the board elsewhere", () => {
    expect(preferredLayout({ saved: undefined, mobileHint: "?1", userAgent: PIXEL })).toBe("list");
    expect(preferredLayout({ saved: undefined, mobileHint: "?0", userAgent: DESKTOP })).toBe("board");
    expect(preferredLayout({ saved: undefined, mobileHint: null, userAgent: IPHONE })).toBe("list");
    expect(preferredLayout({ saved: undefined, mobileHint: null, userAgent: IPAD })).toBe("board");
    expect(preferredLayout({ saved: undefined, mobileHint: null, userAgent: null })).toBe("board");
  });

  it("ignores a cookie value it does not know", () => {
    expect(preferredLayout({ saved: "kanban", mobileHint: "?1", userAgent: PIXEL })).toBe("list");
  });

  it("is remembered for a year across the whole app", () => {
    expect(layoutCookie("list")).toBe("fieldnotes-workspace-layout=list; Path=/; Max-Age=31536000; SameSite=Lax");
  });
});
