import { describe, expect, it } from "vitest";
import { clientAddress } from "./rate-limit";

const from = (forwardedFor?: string) => new Headers(forwardedFor ? { "x-forwarded-for": forwardedFor } : {});

describe("the client address rate limits key on", () => {
  it("is the entry the nearest proxy appended, not one the client made up", () => {
    expect(clientAddress(from("203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientAddress(from("1.2.3.4, 203.0.113.9"), 1)).toBe("203.0.113.9"); // "1.2.3.4" came from the client
    expect(clientAddress(from("1.2.3.4, 198.51.100.7, 203.0.113.9"), 2)).toBe("198.51.100.7");
  });

  it("falls back sensibly when the header is short or missing", () => {
    expect(clientAddress(from("203.0.113.9"), 3)).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ "x-real-ip": "192.0.2.1" }), 1)).toBe("192.0.2.1");
    expect(clientAddress(from(), 1)).toBe("unknown");
  });
});
