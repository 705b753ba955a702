// A practice must always have an owner: someone who is its only owner cannot delete their account before handing
// the practice on or deleting it.

export interface Ownership {
  practiceName: string;
  /** Active owners of the practice besides this person. */
  otherOwners: number;
}

export function soleOwnershipRefusal(ownerships: readonly Ownership[]): string | null {
  const sole = ownerships.filter((ownership) => ownership.otherOwners === 0).map((o) => o.practiceName);
  if (sole.length === 0) return null;
  const names = sole.map((name) => `“${name}”`).join(", ");
  return `You are the only owner of ${names}. Make another member an owner, or delete the practice, before deleting your account.`;
}
