import { createTRPCRouter, protectedProcedure } from "~/server/api/trpc";
import { codeInput, passkeyIdInput, registerPasskeyInput, renamePasskeyInput } from "../schemas";
import * as factors from "./factors.service";

// User-scoped procedures: a person's own sign-in factors, whatever practice they are in.
export const secondFactorRouter = createTRPCRouter({
  factors: protectedProcedure.query(({ ctx }) => factors.listFactors(ctx.user)),
  startAuthenticator: protectedProcedure.mutation(({ ctx }) => factors.startAuthenticatorSetup(ctx.user)),
  confirmAuthenticator: protectedProcedure
    .input(codeInput)
    .mutation(({ ctx, input }) => factors.confirmAuthenticator(ctx.user, input, ctx.clock.now())),
  removeAuthenticator: protectedProcedure.mutation(({ ctx }) => factors.removeAuthenticator(ctx.user, ctx.clock.now())),
  passkeyOptions: protectedProcedure.mutation(({ ctx }) => factors.passkeyOptions(ctx.user, ctx.clock.now())),
  addPasskey: protectedProcedure
    .input(registerPasskeyInput)
    .mutation(({ ctx, input }) => factors.addPasskey(ctx.user, input, ctx.clock.now())),
  renamePasskey: protectedProcedure
    .input(renamePasskeyInput)
    .mutation(({ ctx, input }) => factors.renamePasskey(ctx.user, input)),
  removePasskey: protectedProcedure
    .input(passkeyIdInput)
    .mutation(({ ctx, input }) => factors.removePasskey(ctx.user, input.passkeyId, ctx.clock.now())),
  regenerateRecoveryCodes: protectedProcedure.mutation(({ ctx }) =>
    factors.regenerateRecoveryCodes(ctx.user, ctx.clock.now()),
  ),
});
