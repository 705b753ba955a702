import { describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER } from "./peer-address";
import { clientAddress, UNVERIFIED_ADDRESS } from "./rate-limit";

const request = (sent: { forwardedFor?: string; peer?: string }) =>
  new Headers({
    ...(sent.forwardedFor ? { "x-forwarded-for": sent.forwardedFor } : {}),
    ...(sent.peer ? { [PEER_ADDRESS_HEADER]: sent.peer } : {}),
  });

describe("the client address rate limits key on", () => {
  describe("with no proxy in front (TRUSTED_PROXY_HOPS=0)", () => {
    it("is the socket address our server recorded, whatever X-Forwarded-For says", () => {
      // Next.js keeps a client's X-Forwarded-For as sent, so each of these could be made up.
      for (const forwardedFor of [undefined, "1.2.3.4", "1.2.3.4, 5.6.7.8", "198.51.100.1"]) {
        expect(clientAddress(request({ forwardedFor, peer: "198.51.100.1" }), 0, true)).toBe("198.51.100.1");
      }
    });

    it("is the default: appending to X-Forwarded-For does not give a client a fresh key", () => {
      const keys = ["", "1.2.3.4", "1.2.3.4, 9.9.9.9"].map((forwardedFor) =>
        clientAddress(request({ forwardedFor, peer: "198.51.100.1" }), undefined, true),
      );
      expect(new Set(keys)).toEqual(new Set(["198.51.100.1"]));
    });

    it("trusts the peer header only when our server records it: elsewhere a client could send it", () => {
      expect(clientAddress(request({ peer: "203.0.113.5", forwardedFor: "203.0.113.5" }), 0, false)).toBe(
        UNVERIFIED_ADDRESS,
      );
      expect(clientAddress(request({ forwardedFor: "203.0.113.5" }), 0, true)).toBe(UNVERIFIED_ADDRESS);
    });
  });

  describe("behind N proxies", () => {
    it("is the entry the farthest trusted proxy appended, not one the client made up", () => {
      expect(clientAddress(request({ forwardedFor: "203.0.113.9" }), 1, true)).toBe("203.0.113.9");
      expect(clientAddress(request({ forwardedFor: "1.2.3.4, 203.0.113.9" }), 1, true)).toBe("203.0.113.9");
      expect(clientAddress(request({ forwardedFor: "1.2.3.4, 203.0.113.9, 10.0.0.2" }), 2, false)).toBe("203.0.113.9");
    });

    it("ignores the peer header (that is the nearest proxy) and falls back when the header is short", () => {
      expect(clientAddress(request({ forwardedFor: "203.0.113.9", peer: "10.0.0.1" }), 1, true)).toBe("203.0.113.9");
      expect(clientAddress(request({ forwardedFor: "203.0.113.9" }), 3, true)).toBe("203.0.113.9");
      expect(clientAddress(request({ peer: "10.0.0.1" }), 1, true)).toBe(UNVERIFIED_ADDRESS);
    });
  });
});
