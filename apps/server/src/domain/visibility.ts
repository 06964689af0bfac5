/**
 * The one rule of who may read what, applied on every path that reads (`node`, `nodes`, `changes`,
 * `history`, subscriptions, exports): key management is for admins only. That is the API keys
 * themselves and the audit records about them, which carry a key's owner, name, role and the first
 * characters of its secret. Everything else is readable by any reader (anonymous clients too, when
 * anonymous reads are on).
 */
export const ADMIN_ONLY_ENTITY_TYPES: readonly string[] = ['ApiKey'];

/** Whether the audit records about objects of `entityType` are for admins only. */
export function isAdminOnly(entityType: string) {
  return ADMIN_ONLY_ENTITY_TYPES.includes(entityType);
}
