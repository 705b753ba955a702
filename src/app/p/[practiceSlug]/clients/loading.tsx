export default function LoadingClients() {
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <span className="sr-only">Loading clients…</span>
      <div className="rounded-card border-line h-20 animate-pulse border bg-white" />
      {[0, 1, 2].map((row) => (
        <div key={row} className="rounded-card border-line h-36 animate-pulse border bg-white" />
      ))}
    </div>
  );
}
