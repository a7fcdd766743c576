import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from "@fluentui/react-components";
import type { HostTheme } from "./host.js";

/** The Fluent theme that matches the host's theme. */
export function toFluentTheme(theme: HostTheme): Theme {
  if (theme === "dark") return teamsDarkTheme;
  if (theme === "contrast") return teamsHighContrastTheme;
  return teamsLightTheme;
}
