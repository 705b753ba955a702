import "server-only";
import { TRPCError } from "@trpc/server";
import { auth } from "~/server/auth/config";
import { api } from "~/trpc/server";
import { exportFileName, projectCsv, projectMarkdown } from "../domain/project-export";

// The export route handlers' whole job: read the project through the same tRPC server caller
// (and so the same access filters) as the pages, and hand it back as a file to keep.

const FORMATS = {
  markdown: { extension: "md", type: "text/markdown; charset=utf-8", render: projectMarkdown },
  csv: { extension: "csv", type: "text/csv; charset=utf-8", render: projectCsv },
} as const;

export async function projectExportResponse(params: { practiceSlug: string; projectId: string; format: string }) {
  const format = FORMATS[params.format as keyof typeof FORMATS];
  if (!format) return new Response("Not found", { status: 404 });
  const session = await auth();
  try {
    const project = await api.reflections.exportProject({
      practiceSlug: params.practiceSlug,
      projectId: params.projectId,
      timeZone: session?.user?.timeZone ?? undefined,
    });
    // A byte-order mark lets spreadsheet apps read the CSV as UTF-8.
    const body = (format.extension === "csv" ? "\uFEFF" : "") + format.render(project);
    return new Response(body, {
      headers: {
        "Content-Type": format.type,
        "Content-Disposition": `attachment; filename="${exportFileName(project.title, format.extension)}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED")
      return new Response("Sign in to continue.", { status: 401 });
    if (error instanceof TRPCError && ["NOT_FOUND", "FORBIDDEN", "BAD_REQUEST"].includes(error.code)) {
      return new Response("Not found", { status: 404 });
    }
    throw error;
  }
}
