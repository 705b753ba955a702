// Board or list, per browser: a cookie rather than localStorage so the server renders the chosen
// layout and nothing jumps after the page loads. Without a choice, phones get the list (a board of
// seven columns needs a wide screen) and wider screens the board.

export type WorkspaceLayout = "board" | "list";

export const WORKSPACE_LAYOUT_COOKIE = "fieldnotes-workspace-layout";
const A_YEAR_IN_SECONDS = 365 * 24 * 60 * 60;

export function preferredLayout(request: {
  saved: string | undefined;
  /** The `Sec-CH-UA-Mobile` client hint Chromium browsers send ("?1" on a phone). */
  mobileHint: string | null;
  userAgent: string | null;
}): WorkspaceLayout {
  if (request.saved === "board" || request.saved === "list") return request.saved;
  if (request.mobileHint !== null) return request.mobileHint === "?1" ? "list" : "board";
  // MDN's advice for browsers without the hint: "Mobi" marks a phone in every major browser's user agent.
  return /Mobi/.test(request.userAgent ?? "") ? "list" : "board";
}

export const layoutCookie = (layout: WorkspaceLayout) =>
  `${WORKSPACE_LAYOUT_COOKIE}=${layout}; Path=/; Max-Age=${A_YEAR_IN_SECONDS}; SameSite=Lax`;
