import Link from "next/link";
import { Badge, Card } from "~/components/ui/surface";
import type { StaffHome } from "../server/home.service";
import { HomeBlock } from "./home-block";

// What only an owner or admin sees on the home: the plan's standing (with the way to billing)
// and the setup still to do, each task linking to the page where it is done.

type Admin = NonNullable<StaffHome["admin"]>;

const TONE_BORDER = {
  neutral: "border-line",
  brand: "border-brand-100",
  success: "border-emerald-200",
  warning: "border-amber-300",
  danger: "border-red-300",
} as const;

const TONE_LABEL = {
  neutral: "",
  brand: "",
  success: "",
  warning: "Needs a look",
  danger: "Action needed",
} as const;

export function PracticeSetup({ base, admin }: { base: string; admin: Admin }) {
  const { plan, setup } = admin;
  return (
    <div className="grid items-start gap-6 lg:grid-cols-2">
      <Card className={`space-y-2 p-5 ${TONE_BORDER[plan.tone]}`} role="region" aria-labelledby="plan-heading">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="plan-heading" className="text-ink text-base font-semibold">
            Your plan: {plan.title}
          </h2>
          {TONE_LABEL[plan.tone] && (
            <Badge tone={plan.tone === "danger" ? "danger" : "warning"}>{TONE_LABEL[plan.tone]}</Badge>
          )}
        </div>
        <p className="text-muted text-sm">{plan.detail}</p>
        <Link
          href={`${base}/settings/billing`}
          className="text-brand-700 inline-block text-sm font-medium hover:underline"
        >
          {plan.action} →
        </Link>
      </Card>
      <HomeBlock
        id="setup"
        title="Set up your practice"
        count={setup.length}
        empty="Your practice is set up: coaches can be booked, clients can find you."
      >
        {setup.map((task) => (
          <li key={task.key} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2 px-5 py-3 text-sm">
            <div className="min-w-0 flex-1">
              <p className="text-ink font-medium">{task.title}</p>
              <p className="text-muted mt-0.5">{task.detail}</p>
            </div>
            <Link href={`${base}${task.path}`} className="text-brand-700 shrink-0 font-medium hover:underline">
              {task.action}
            </Link>
          </li>
        ))}
      </HomeBlock>
    </div>
  );
}
