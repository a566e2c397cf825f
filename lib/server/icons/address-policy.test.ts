import { describe, expect, it } from "vitest";
import { isPublicAddress } from "./address-policy";

describe("isPublicAddress", () => {
  it.each(["93.184.215.14", "1.1.1.1", "2606:4700:4700::1111", "::ffff:93.184.215.14"])(
    "lets %s through",
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );

  it.each([
    ["loopback", "127.0.0.1"],
    ["loopback, elsewhere in 127/8", "127.45.0.9"],
    ["IPv6 loopback", "::1"],
    ["private 10/8", "10.1.2.3"],
    ["private 172.16/12", "172.20.0.1"],
    ["private 192.168/16", "192.168.1.10"],
    ["link-local", "169.254.10.1"],
    ["cloud metadata", "169.254.169.254"],
    ["AWS metadata over IPv6", "fd00:ec2::254"],
    ["carrier-grade NAT", "100.64.0.1"],
    ["unique-local IPv6", "fc00::1"],
    ["link-local IPv6", "fe80::1"],
    ["multicast", "224.0.0.1"],
    ["IPv6 multicast", "ff02::1"],
    ["unspecified", "0.0.0.0"],
    ["IPv6 unspecified", "::"],
    ["broadcast", "255.255.255.255"],
    ["loopback mapped into IPv6", "::ffff:127.0.0.1"],
    ["metadata mapped into IPv6", "::ffff:169.254.169.254"],
    ["not an address", "example.com"],
  ])("refuses %s (%s)", (_what, address) => {
    expect(isPublicAddress(address)).toBe(false);
  });
});
