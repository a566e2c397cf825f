import ipaddr from "ipaddr.js";

/**
 * Whether the icon proxy may connect to this address: only ordinary public unicast. Loopback,
 * private, link-local (cloud metadata at 169.254.169.254), CGNAT, unique-local (fd00:ec2::254),
 * multicast, unspecified and every reserved or tunnelling range are refused; an IPv4-mapped IPv6
 * address is judged as the IPv4 address it carries.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === "unicast";
}
