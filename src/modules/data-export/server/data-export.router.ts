import { createTRPCRouter, practiceProcedure, protectedProcedure } from "~/server/api/trpc";
import { OWNER_ROLES } from "~/server/auth/roles";
import * as exports from "./data-export.service";

// What the pages list; asking for an archive and downloading it are route handlers (they answer with a file).
export const dataExportRouter = createTRPCRouter({
  mine: protectedProcedure.query(({ ctx }) => exports.listPersonExports(ctx.user.id, ctx.clock.now())),
  practiceExports: practiceProcedure(OWNER_ROLES).query(({ ctx }) =>
    exports.listPracticeExports(
      { userId: ctx.tenant.actor.userId, practiceId: ctx.tenant.practice.id },
      ctx.clock.now(),
    ),
  ),
});
