import { createTRPCRouter, practiceProcedure } from "~/server/api/trpc";
import { ADMIN_ROLES, STAFF_ROLES } from "~/server/auth/roles";
import {
  addNoteInput,
  caseloadInput,
  clientIdInput,
  noteIdInput,
  setClientStatusInput,
  stalledAfterDaysInput,
  updateNoteInput,
} from "../schemas";
import { loadCaseload, setStalledAfterDays } from "./caseload.service";
import { clientDetail } from "./client-detail.service";
import { setClientStatus } from "./client-status.service";
import { addNote, deleteNote, updateNote } from "./coach-notes.service";

export const clientsRouter = createTRPCRouter({
  setStatus: practiceProcedure(STAFF_ROLES)
    .input(setClientStatusInput)
    .mutation(({ ctx, input }) => setClientStatus(ctx.tenant, input)),
  caseload: practiceProcedure(STAFF_ROLES)
    .input(caseloadInput)
    .query(({ ctx, input }) => loadCaseload(ctx.tenant, input)),
  setStalledAfterDays: practiceProcedure(ADMIN_ROLES)
    .input(stalledAfterDaysInput)
    .mutation(({ ctx, input }) => setStalledAfterDays(ctx.tenant, input)),
  detail: practiceProcedure(STAFF_ROLES)
    .input(clientIdInput)
    .query(({ ctx, input }) => clientDetail(ctx.tenant, input)),
  addNote: practiceProcedure(STAFF_ROLES)
    .input(addNoteInput)
    .mutation(({ ctx, input }) => addNote(ctx.tenant, input)),
  updateNote: practiceProcedure(STAFF_ROLES)
    .input(updateNoteInput)
    .mutation(({ ctx, input }) => updateNote(ctx.tenant, input)),
  deleteNote: practiceProcedure(STAFF_ROLES)
    .input(noteIdInput)
    .mutation(({ ctx, input }) => deleteNote(ctx.tenant, input)),
});
