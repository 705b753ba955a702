import { renewClaims, type Claim } from "~/server/email/outbox.system.repo";

// The claims one delivery loop holds, each with the lease it last wrote. A claim is sent only while at least half its
// lease is left; below that, every claim held is renewed in one statement first, and one the database no longer
// gives back (it ran out and another worker took it) is dropped unsent. While claims are held, a heartbeat renews
// them every third of the lease, so a send that is slow at the SMTP server keeps its claim, and a claim runs out only
// when its worker stopped renewing: died, or lost the database. The lease it writes is measured from before the
// statement is sent, so the loop's idea of its lease never outlasts the database's.

export interface HeldClaims {
  hold(claims: readonly Claim[], leaseExpiresAt: Date): void;
  /** True when the claim is this loop's with at least half its lease left (renewing first when needed). */
  stillHeld(claim: Claim): Promise<boolean>;
  drop(claim: Claim): void;
  /** Forgets `claims` (all of them when omitted) and returns those that were held, for handing back. */
  dropAll(claims?: readonly Claim[]): Claim[];
}

export function heldClaims(options: { now: () => Date; leaseMs: number; log: (message: string) => void }): HeldClaims {
  const leases = new Map<string, { attempts: number; expiresAt: number }>();
  let heartbeat: NodeJS.Timeout | undefined;
  let renewing: Promise<void> | undefined;

  const isMine = (claim: Claim) => leases.get(claim.id)?.attempts === claim.attempts;

  const renew = () =>
    (renewing ??= (async () => {
      const expiresAt = options.now().getTime() + options.leaseMs;
      const claims = [...leases].map(([id, { attempts }]) => ({ id, attempts }));
      try {
        const renewed = await renewClaims(claims, new Date(expiresAt));
        for (const claim of claims.filter(isMine)) {
          if (renewed.has(claim.id)) leases.set(claim.id, { attempts: claim.attempts, expiresAt });
          else leases.delete(claim.id);
        }
      } finally {
        renewing = undefined;
        beatWhileHolding();
      }
    })());

  function beatWhileHolding() {
    if (leases.size === 0) {
      clearInterval(heartbeat);
      heartbeat = undefined;
    } else {
      heartbeat ??= setInterval(() => {
        renew().catch((error: Error) => options.log(`renewing email leases failed: ${error.message}`));
      }, options.leaseMs / 3).unref();
    }
  }

  const drop = (claim: Claim) => {
    const held = isMine(claim);
    if (held) leases.delete(claim.id);
    return held;
  };

  return {
    hold(claims, leaseExpiresAt) {
      for (const { id, attempts } of claims) leases.set(id, { attempts, expiresAt: leaseExpiresAt.getTime() });
      beatWhileHolding();
    },
    async stillHeld(claim) {
      const halfLeaseLeft = () =>
        (leases.get(claim.id)?.expiresAt ?? 0) - options.now().getTime() >= options.leaseMs / 2;
      if (!isMine(claim)) return false;
      if (!halfLeaseLeft()) await renew();
      return isMine(claim) && halfLeaseLeft();
    },
    drop(claim) {
      drop(claim);
      beatWhileHolding();
    },
    dropAll(claims) {
      const dropped = (claims ?? [...leases].map(([id, { attempts }]) => ({ id, attempts }))).filter(drop);
      beatWhileHolding();
      return dropped;
    },
  };
}
