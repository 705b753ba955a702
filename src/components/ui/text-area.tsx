import { forwardRef } from "react";
import { cn } from "~/lib/cn";

/** A multi-line box styled like the design system's Input (which has no textarea of its own yet). */
export const TextArea = forwardRef<
  HTMLTextAreaElement,
  React.TextareaHTMLAttributes<HTMLTextAreaElement> & { invalid?: boolean }
>(function TextArea({ className, invalid, ...props }, ref) {
  return (
    <textarea
      ref={ref}
      className={cn(
        "text-ink focus:border-brand-600 focus:ring-brand-600/20 block w-full rounded-lg border bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 focus:ring-2 focus:outline-none",
        invalid ? "border-red-500" : "border-line",
        className,
      )}
      aria-invalid={invalid || undefined}
      {...props}
    />
  );
});
