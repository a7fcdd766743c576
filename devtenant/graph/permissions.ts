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

/** Enumerating and reading SharePoint sites (getAllSites is application-only in Graph). */
export const READ_SITES: PermissionNeed = {
  application: ['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'],
  delegated: [],
};

/** Reading a user's OneDrive (GET /users/{id}/drive). */
export const READ_DRIVES: PermissionNeed = {
  application: ['Files.Read.All', 'Files.ReadWrite.All', 'Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.FullControl.All'],
  delegated: ['Files.Read', 'Files.ReadWrite', 'Files.Read.All', 'Files.ReadWrite.All', 'Sites.Read.All', 'Sites.ReadWrite.All'],
};

/** Sending mail as a user (POST /users/{id}/sendMail). */
export const SEND_MAIL: PermissionNeed = { application: ['Mail.Send'], delegated: ['Mail.Send', 'Mail.Send.Shared'] };
