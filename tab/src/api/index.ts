export { createApiClient, type ApiClient, type ListUsersOptions } from "./api-client.js";
export { ApiError, errorMessage, isApiError } from "./api-error.js";
export { fetchAuthConfig } from "./auth-config.js";
