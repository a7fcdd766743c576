/** A license assignment as Graph's `assignedLicense`. */
export type AssignedLicense = { skuId: string; disabledPlans: string[] };

/** One user of a tenant as devtenant holds it; Graph views are projected from this. */
export type DirectoryUser = {
  index: number;
  id: string;
  displayName: string;
  givenName: string;
  surname: string;
  userPrincipalName: string;
  mail: string;
  mailNickname: string;
  accountEnabled: boolean;
  userType: 'Member';
  assignedLicenses: AssignedLicense[];
  createdDateTime: string;
  jobTitle: string;
  usageLocation: string;
  preferredLanguage: string;
  /** Not Graph: the app roles this user holds in the product's app (MSP staff only). */
  appRoles: readonly string[];
  /** Not Graph: whether this user may grant admin consent for the tenant. */
  isGlobalAdmin: boolean;
};

/** Fields an admin may set on an added or changed user. */
export type UserOverrides = Partial<Pick<DirectoryUser, 'displayName' | 'givenName' | 'surname' | 'jobTitle' | 'accountEnabled' | 'createdDateTime'>>;

/** The Microsoft 365 E3 SKU most generated users hold. */
export const E3_SKU_ID = '05e9a617-0261-4cee-bb44-138d3ef5d965';
