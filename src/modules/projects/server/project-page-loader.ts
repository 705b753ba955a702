import "server-only";
import { cache } from "react";
import { api, loadOrNotFound } from "~/trpc/server";

/**
 * The project header (`projects.get`) for pages under /p/[slug]/projects/[projectId]: once per
 * request, so the layout and the page inside it share one query. A project the caller may not
 * see is the 404 page.
 */
export const loadProjectHeader = cache((practiceSlug: string, projectId: string) =>
  loadOrNotFound(() => api.projects.get({ practiceSlug, projectId }), `/p/${practiceSlug}/projects/${projectId}`),
);
