const numbers = new Intl.NumberFormat("en-US");

/** "1 user", "2,000 users". */
export function formatUserCount(count: number): string {
  return `${numbers.format(count)} ${count === 1 ? "user" : "users"}`;
}

/** Digits grouped the way the count shows them. */
export function formatNumber(value: number): string {
  return numbers.format(value);
}
