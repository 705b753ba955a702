import { describe, expect, it } from "vitest";
import { isPublicAddress } from "./outbound-fetch";

describe("isPublicAddress", () => {
  it.each([
    "127.0.0.1",
    "127.255.0.9",
    "10.0.0.1",
    "172.16.5.4",
    "192.168.1.1",
    "169.254.169.254", // cloud metadata
    "100.64.0.1", // carrier-grade NAT
    "0.0.0.0",
    "192.0.2.10", // documentation
    "224.0.0.1",
    "255.255.255.255",
    "::",
    "::1",
    "::ffff:127.0.0.1",
    "::ffff:10.1.2.3",
    "::127.0.0.1", // IPv4-compatible
    "fd00::1",
    "fe80::1",
    "fe80::1%eth0",
    "ff02::1",
    "2002:7f00:1::", // 6to4
    "2001:0:4136:e378:8000:63bf:3fff:fdd2", // Teredo
    "64:ff9b::7f00:1", // NAT64
    "2001:db8::1", // documentation
    "not-an-address",
    "",
  ])("%j is not public", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "93.184.215.14",
    "::ffff:8.8.8.8",
    "2606:4700:4700::1111",
    "2a00:1450:4001:82a::200e",
  ])("%s is public", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});
