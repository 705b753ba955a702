import "server-only";
import { env } from "~/env";
import { auth } from "~/server/auth/config";
import { systemClock } from "~/server/clock";
import { AppError } from "~/server/errors";
import { isSameOriginRequest } from "~/server/http/same-origin";
import { downloadExport, requestPersonExport, requestPracticeExport } from "./data-export.service";

// The route handlers' whole job: who is asking, then a file, a trip back to the page that asked
// (with what happened in its query), or a sentence. The pages post a plain form, so this works
// without JavaScript and the browser saves the file itself.

const zipResponse = (fileName: string, archive: Uint8Array<ArrayBuffer>) =>
  new Response(archive, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });

const backTo = (path: string, query?: Record<string, string>) => {
  const url = new URL(path, env.APP_URL);
  for (const [name, value] of Object.entries(query ?? {})) url.searchParams.set(name, value);
  return Response.redirect(url, 303);
};

const toSignIn = (returnTo: string) => backTo("/signin", { callbackUrl: returnTo });

const text = (status: number, sentence: string) =>
  new Response(sentence, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/** POST: a person's own archive (practiceSlug absent) or, for its owner, the practice's. */
export async function exportRequestResponse(
  request: Request,
  { practiceSlug, page }: { practiceSlug?: string; page: string },
) {
  if (!isSameOriginRequest(request.headers)) return text(403, "This request came from another site.");
  const user = (await auth())?.user;
  if (!user) return toSignIn(page);
  const options = { now: systemClock.now() };
  try {
    const outcome = practiceSlug
      ? await requestPracticeExport(user, practiceSlug, options)
      : await requestPersonExport(user, options);
    if (outcome.delivery === "DOWNLOAD") return zipResponse(outcome.fileName, outcome.archive);
    return backTo(page, { export: "queued" });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "TOO_MANY_REQUESTS") return backTo(page, { export: "limited" });
    return text(404, "Not found");
  }
}

/** GET: a queued archive, through the emailed link, for the signed-in person who asked for it. */
export async function exportDownloadResponse(token: string) {
  const user = (await auth())?.user;
  if (!user) return toSignIn(`/exports/${encodeURIComponent(token)}`);
  const download = await downloadExport({ userId: user.id }, token, systemClock.now());
  if (download.found) return zipResponse(download.fileName, download.archive);
  if (download.reason === "EXPIRED") {
    return text(410, "This download link has expired. Ask for a new export on the Your data page of your account.");
  }
  return text(404, "This download link was not found. Sign in with the account that asked for the export.");
}
