import { createTRPCRouter, practiceProcedure } from "~/server/api/trpc";
import { ADMIN_ROLES, STAFF_ROLES } from "~/server/auth/roles";
import {
  addClientInput,
  addNoteInput,
  addSessionNoteInput,
  caseloadInput,
  clientIdInput,
  clientImportInput,
  clientListInput,
  noteIdInput,
  setClientStatusInput,
  stalledAfterDaysInput,
  updateNoteInput,
} from "../schemas";
import { addClient } from "./add-client.service";
import { loadCaseload, setStalledAfterDays } from "./caseload.service";
import { clientDetail } from "./client-detail.service";
import { importClients, previewClientImport } from "./client-import.service";
import { listClients } from "./client-list.service";
import { setClientStatus } from "./client-status.service";
import { addNote, addSessionNote, deleteNote, updateNote } from "./coach-notes.service";

export const clientsRouter = createTRPCRouter({
  setStatus: practiceProcedure(STAFF_ROLES)
    .input(setClientStatusInput)
    .mutation(({ ctx, input }) => setClientStatus(ctx.tenant, input)),
  list: practiceProcedure(STAFF_ROLES)
    .input(clientListInput)
    .query(({ ctx, input }) => listClients(ctx.tenant, input)),
  add: practiceProcedure(STAFF_ROLES)
    .input(addClientInput)
    .mutation(({ ctx, input }) => addClient(ctx.tenant, input)),
  // A mutation although it writes nothing: a file of up to 500 KB does not fit in a GET's URL.
  previewImport: practiceProcedure(STAFF_ROLES)
    .input(clientImportInput)
    .mutation(({ ctx, input }) => previewClientImport(ctx.tenant, input)),
  import: practiceProcedure(STAFF_ROLES)
    .input(clientImportInput)
    .mutation(({ ctx, input }) => importClients(ctx.tenant, input)),
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
  addSessionNote: practiceProcedure(STAFF_ROLES)
    .input(addSessionNoteInput)
    .mutation(({ ctx, input }) => addSessionNote(ctx.tenant, input)),
  updateNote: practiceProcedure(STAFF_ROLES)
    .input(updateNoteInput)
    .mutation(({ ctx, input }) => updateNote(ctx.tenant, input)),
  deleteNote: practiceProcedure(STAFF_ROLES)
    .input(noteIdInput)
    .mutation(({ ctx, input }) => deleteNote(ctx.tenant, input)),
});
