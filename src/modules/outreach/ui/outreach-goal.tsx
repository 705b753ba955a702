import { ProgressBar } from "~/components/ui/progress-bar";
import { Badge } from "~/components/ui/surface";
import type { Today } from "../domain/today";
import { plural } from "./format";

const PERIOD_WORD = { DAY: "today", WEEK: "this week" } as const;

/** The outreach goal's progress and the streak it keeps, as the workspace and the client's home both show them. */
export function OutreachGoal({ goal, streak }: Pick<Today, "goal" | "streak">) {
  const periodWord = PERIOD_WORD[goal.period];
  const [one, many] = goal.period === "DAY" ? ["day", "days"] : ["week", "weeks"];
  return (
    <>
      <p className="text-sm">
        <span className="font-semibold">
          {goal.done} of {plural(goal.target, "person", "people")}
        </span>{" "}
        reached {periodWord}
        {goal.met && (
          <>
            {" "}
            <Badge tone="success">Goal met</Badge>
          </>
        )}
      </p>
      <ProgressBar
        value={goal.done}
        max={goal.target}
        tone={goal.met ? "done" : "brand"}
        label={`Outreach goal: ${goal.done} of ${goal.target} ${periodWord}`}
      />
      <p className="text-muted text-sm">
        {streak.count === 0
          ? `Meet the goal ${periodWord} to start a streak.`
          : `Streak: ${plural(streak.count, one, many)}.`}
        {streak.atRisk &&
          ` Yesterday was your one forgiven miss — reach ${goal.target - goal.done} more ${periodWord} to keep it.`}
      </p>
    </>
  );
}
