/** A Microsoft Graph permission as the consent page lists it. */
export type PermissionSeed = { name: string; title: string; description: string };

/** Application permissions the app requires (granted by admin consent, carried as `roles`). */
export const APPLICATION_PERMISSIONS: readonly PermissionSeed[] = [
  { name: 'User.Read.All', title: "Read all users' full profiles", description: 'Allows the app to read user profiles without a signed in user.' },
  { name: 'Organization.Read.All', title: 'Read organization information', description: 'Allows the app to read the organization and related resources, without a signed-in user.' },
  { name: 'Sites.Read.All', title: 'Read items in all site collections', description: 'Allows the app to read documents and list items in all site collections without a signed in user.' },
  { name: 'Files.Read.All', title: 'Read files in all site collections', description: 'Allows the app to read all files in all site collections without a signed in user.' },
  { name: 'BackupRestore-Configuration.ReadWrite.All', title: 'Read and write all backup and restore configurations', description: 'Allows the app to read and update the Microsoft 365 Backup and Restore configuration, without a signed-in user.' },
  { name: 'BackupRestore-Control.ReadWrite.All', title: 'Read and write the status of the Microsoft 365 Backup service', description: 'Allows the app to enable and disable the Microsoft 365 Backup and Restore service, without a signed-in user.' },
  { name: 'Mail.Send', title: 'Send mail as any user', description: 'Allows the app to send mail as any user without a signed-in user.' },
];

/** Delegated permissions the app requires (carried as `scp` in user tokens for Graph). */
export const DELEGATED_PERMISSIONS: readonly PermissionSeed[] = [
  { name: 'BackupRestore-Control.ReadWrite.All', title: 'Read and write the status of the Microsoft 365 Backup service', description: 'Allows the app to enable and disable the Microsoft 365 Backup and Restore service on behalf of the signed-in user.' },
  { name: 'User.Read', title: 'Sign in and read user profile', description: 'Allows users to sign-in to the app, and allows the app to read the profile of signed-in users.' },
  { name: 'openid', title: 'Sign users in', description: 'Allows users to sign in to the app with their work or school accounts and allows the app to see basic user profile information.' },
  { name: 'profile', title: "View users' basic profile", description: "Allows the app to see your users' basic profile (e.g., name, picture, user name, email address)." },
  { name: 'offline_access', title: 'Maintain access to data you have given it access to', description: "Allows the app to see and update the data you gave it access to, even when users are not currently using the app." },
];

/** OpenID Connect scopes: they ask for an id_token or refresh_token, not for a resource. */
export const OIDC_SCOPES: readonly string[] = ['openid', 'profile', 'offline_access', 'email'];
