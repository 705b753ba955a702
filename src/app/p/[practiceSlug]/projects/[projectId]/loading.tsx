export default function LoadingWorkspace() {
  return (
    <div role="status" aria-live="polite" className="space-y-6">
      <span className="sr-only">Loading the workspace…</span>
      <div className="rounded-card border-line h-40 animate-pulse border bg-white" />
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="rounded-card border-line h-64 animate-pulse border bg-white" />
        <div className="rounded-card border-line h-64 animate-pulse border bg-white" />
      </div>
    </div>
  );
}
