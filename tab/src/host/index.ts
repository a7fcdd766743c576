export type { AuthenticateOptions, Host, HostKind, HostTheme } from "./host.js";
export { detectHost } from "./detect-host.js";
export { toFluentTheme } from "./fluent-theme.js";
