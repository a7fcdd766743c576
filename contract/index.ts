export * from "./errors.js";
export * from "./me.js";
export * from "./customers.js";
export * from "./consent.js";
export * from "./users.js";
export * from "./routes.js";
export * from "./auth-config.js";
export * from "./jobs.js";
