import { createTRPCRouter, practiceProcedure } from "~/server/api/trpc";
import { ALL_ROLES } from "~/server/auth/roles";
import { homeToday } from "./home.service";

// The home takes nothing but the practice (practiceProcedure's own input): who asks decides the rest.
export const homeRouter = createTRPCRouter({
  today: practiceProcedure(ALL_ROLES).query(({ ctx }) => homeToday(ctx.tenant)),
});
