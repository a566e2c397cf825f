/** The four ways every screenshot spec shoots a page: light and dark, desktop and a 390 px phone. */
export const LOOKS = [
  { name: "light", colorScheme: "light", width: 1280 },
  { name: "dark", colorScheme: "dark", width: 1280 },
  { name: "390-light", colorScheme: "light", width: 390 },
  { name: "390-dark", colorScheme: "dark", width: 390 },
] as const;
