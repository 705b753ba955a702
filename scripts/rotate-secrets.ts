import { resealCalendarSecrets } from "~/modules/calendars/server/sealed-secrets.system.repo";
import { resealTotpSecrets } from "~/modules/second-factor/server/second-factor.system.repo";
import { prisma } from "~/server/db/client";

// `npm run secrets:rotate`: after a new key is put first in CALENDAR_ENCRYPTION_KEYS, re-seals every secret sealed
// at rest (calendar credentials, session feed tokens, authenticator app secrets) with it. Once it reports 0, the old
// key can be dropped from the list.
const calendars = await resealCalendarSecrets();
const authenticators = await resealTotpSecrets();
const resealed = calendars.resealed + authenticators.resealed;
console.log(`Re-sealed ${resealed} secret${resealed === 1 ? "" : "s"} with the first key of CALENDAR_ENCRYPTION_KEYS.`);
await prisma.$disconnect();
