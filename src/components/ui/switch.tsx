import { cn } from "~/lib/cn";

/**
 * An on/off button (`role="switch"`). Name it with a `<label htmlFor>`, `aria-label` or
 * `aria-labelledby`; `children` (an sr-only state word, say) go inside the button.
 */
export function Switch({
  checked,
  onCheckedChange,
  className,
  children,
  ...button
}: Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, "type" | "role" | "onClick"> & {
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
}) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      onClick={() => onCheckedChange(!checked)}
      className={cn(
        "focus-visible:ring-brand-700 relative inline-flex h-6 w-11 shrink-0 cursor-pointer items-center rounded-full transition-colors focus-visible:ring-2 focus-visible:ring-offset-2 focus-visible:outline-none disabled:opacity-70",
        checked ? "bg-brand-700" : "bg-slate-300",
        className,
      )}
      {...button}
    >
      {children}
      <span
        aria-hidden="true"
        className={cn(
          "inline-block size-5 rounded-full bg-white shadow transition-transform",
          checked ? "translate-x-5.5" : "translate-x-0.5",
        )}
      />
    </button>
  );
}
