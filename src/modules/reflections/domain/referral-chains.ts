// Who led to whom. Contacts record the contact who referred them; the synthesis page shows each
// chain as an indented tree. The data can hold a loop (A referred by B, B by A, edited by hand),
// so the walk keeps a visited set and starts loops from their earliest contact: every contact
// appears exactly once and the function always ends.

export interface ReferralContact {
  id: string;
  name: string;
  referredById: string | null;
}

interface ReferralLine<C extends ReferralContact = ReferralContact> {
  contact: C;
  /** 0 for the person a chain starts from. */
  depth: number;
}

/**
 * The referral chains as lines in display order (depth-first, children in input order). Only
 * chains with at least one referral are returned: a contact nobody led to and who led nowhere is
 * not a chain.
 */
export function referralChains<C extends ReferralContact>(contacts: C[]): ReferralLine<C>[][] {
  const known = new Set(contacts.map((contact) => contact.id));
  const children = new Map<string, C[]>();
  for (const contact of contacts) {
    if (!contact.referredById || !known.has(contact.referredById) || contact.referredById === contact.id) continue;
    children.set(contact.referredById, [...(children.get(contact.referredById) ?? []), contact]);
  }
  const isRoot = (contact: C) =>
    !contact.referredById || !known.has(contact.referredById) || contact.referredById === contact.id;

  const visited = new Set<string>();
  const walk = (root: C): ReferralLine<C>[] => {
    const lines: ReferralLine<C>[] = [];
    const stack: ReferralLine<C>[] = [{ contact: root, depth: 0 }];
    while (stack.length > 0) {
      const line = stack.pop()!;
      if (visited.has(line.contact.id)) continue;
      visited.add(line.contact.id);
      lines.push(line);
      const next = (children.get(line.contact.id) ?? []).filter((child) => !visited.has(child.id));
      for (const child of next.reverse()) stack.push({ contact: child, depth: line.depth + 1 });
    }
    return lines;
  };

  const chains = contacts.filter(isRoot).map(walk);
  // Whatever is left sits on a loop with no way in: start it from its earliest contact.
  for (const contact of contacts) if (!visited.has(contact.id)) chains.push(walk(contact));
  return chains.filter((chain) => chain.length > 1);
}
