import type { PermissionNeed } from './auth-guard.js';

/** Reading users: GET /users, /users/{id}, /users/delta. */
export const READ_USERS: PermissionNeed = {
  application: ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  delegated: ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
};

/** Reading the organization. */
export const READ_ORGANIZATION: PermissionNeed = {
  application: ['Organization.Read.All', 'Organization.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  delegated: ['User.Read', 'Organization.Read.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
};

/** Reading the signed-in user (/me). */
export const READ_ME: PermissionNeed = {
  application: [],
  delegated: ['User.Read', 'User.ReadWrite', 'User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All'],
};
