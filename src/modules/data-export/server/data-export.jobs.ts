import { defineJob } from "~/server/jobs/jobs";

// The worker builds archives too large for a request; pg-boss retries a build that failed (each
// try starts over: nothing is stored until the archive is whole).
export const DATA_EXPORT_BUILD = defineJob<{ exportId: string }>("data-export-build", {
  limit: 3,
  delaySeconds: 60,
  backoff: true,
});
