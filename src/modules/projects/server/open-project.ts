import { AppError } from "~/server/errors";

/** A closed project is read-only for its client's work until the coach reopens it. */
export function assertProjectOpen(project: { status: string }) {
  if (project.status === "CLOSED") {
    throw new AppError("CONFLICT", "This project is closed, so it can't be changed. Ask your coach to reopen it.");
  }
}
