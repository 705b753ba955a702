import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./same-origin";

const headers = (init: Record<string, string>) => new Headers(init);

describe("isSameOriginRequest", () => {
  it("accepts our own origin and the request's own host", () => {
    expect(isSameOriginRequest(headers({ origin: "http://localhost:3000" }))).toBe(true);
    expect(isSameOriginRequest(headers({ origin: "https://app.example.com", host: "app.example.com" }))).toBe(true);
  });

  it("refuses another origin", () => {
    expect(isSameOriginRequest(headers({ origin: "https://evil.example", host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginRequest(headers({ "sec-fetch-site": "cross-site" }))).toBe(false);
  });

  it("decides an opaque (null) origin by Fetch Metadata", () => {
    expect(isSameOriginRequest(headers({ origin: "null", "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameOriginRequest(headers({ origin: "null", "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isSameOriginRequest(headers({ origin: "null" }))).toBe(false);
  });

  it("lets non-browser clients without Origin through (they carry no ambient cookies)", () => {
    expect(isSameOriginRequest(headers({}))).toBe(true);
  });
});
