import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "~/components/ui/button";
import { EmptyState, PageHeader } from "~/components/ui/surface";
import { cn } from "~/lib/cn";
import { viewerLocale } from "~/modules/accounts/server/viewer-locale";
import { ProjectCard } from "~/modules/projects/ui/project-card";
import { api, loadOrNotFound } from "~/trpc/server";
import { isStaffRole } from "~/server/auth/roles";

export const metadata: Metadata = { title: "Projects" };

const FILTERS = [
  { value: "ACTIVE", label: "Active" },
  { value: "CLOSED", label: "Closed" },
  { value: "ALL", label: "All" },
] as const;
type Filter = (typeof FILTERS)[number]["value"];

export default async function ProjectsPage({
  params,
  searchParams,
}: {
  params: Promise<{ practiceSlug: string }>;
  searchParams: Promise<{ status?: string }>;
}) {
  const { practiceSlug } = await params;
  const requested = (await searchParams).status?.toUpperCase();
  const practice = await loadOrNotFound(() => api.practices.get({ practiceSlug }), `/p/${practiceSlug}/projects`);
  const staff = isStaffRole(practice.role);
  // A client sees every project of theirs; staff filter, active by default.
  const status: Filter = !staff ? "ALL" : (FILTERS.find((f) => f.value === requested)?.value ?? "ACTIVE");
  const [projects, reader] = await Promise.all([
    loadOrNotFound(() => api.projects.list({ practiceSlug, status })),
    viewerLocale(),
  ]);
  const base = `/p/${practiceSlug}/projects`;

  return (
    <>
      <PageHeader
        title={staff ? "Projects" : "My projects"}
        description={
          staff
            ? "Informational-interview projects of the clients you coach."
            : "Your conversations, field by field: interviews done against each target."
        }
        actions={
          staff && (
            <Button asChild>
              <Link href={`${base}/new`}>Assign a project</Link>
            </Button>
          )
        }
      />
      {staff && (
        <nav aria-label="Filter projects" className="mb-5 flex gap-2">
          {FILTERS.map((filter) => (
            <Link
              key={filter.value}
              href={filter.value === "ACTIVE" ? base : `${base}?status=${filter.value.toLowerCase()}`}
              aria-current={filter.value === status ? "page" : undefined}
              className={cn(
                "rounded-full px-3 py-1 text-sm font-medium",
                filter.value === status
                  ? "bg-brand-700 text-white"
                  : "text-muted hover:text-ink bg-white ring-1 ring-slate-200",
              )}
            >
              {filter.label}
            </Link>
          ))}
        </nav>
      )}
      {projects.length === 0 ? (
        staff ? (
          <EmptyState
            title={status === "CLOSED" ? "No closed projects" : "No projects yet"}
            description="Assign a client a plan of conversations across fields, from a template or from scratch."
            action={
              <Button asChild>
                <Link href={`${base}/new`}>Assign a project</Link>
              </Button>
            }
          />
        ) : (
          <EmptyState
            title="Your coach hasn't assigned a project yet"
            description="When they do, you'll get an email and the project will appear here: the fields to explore, how many conversations in each, and the questions to bring."
          />
        )
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {projects.map((project) => (
            <li key={project.id}>
              <ProjectCard project={project} href={`${base}/${project.id}`} showClient={staff} reader={reader} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
