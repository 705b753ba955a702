import { resealCalendarSecrets } from "~/modules/calendars/server/sealed-secrets.system.repo";
import { prisma } from "~/server/db/client";

// `npm run secrets:rotate`: after a new key is put first in CALENDAR_ENCRYPTION_KEYS, re-seals every calendar
// credential and feed secret with it. Then the old key can be dropped from the list.
const { resealed } = await resealCalendarSecrets();
console.log(`Re-sealed ${resealed} secret${resealed === 1 ? "" : "s"} with the first key of CALENDAR_ENCRYPTION_KEYS.`);
await prisma.$disconnect();
