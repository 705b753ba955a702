import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import type { RunnerVerdict } from "./runner-reports";

export interface CommandOutcome {
  status: number | null;
  /** stdout and stderr interleaved; only when the command ran with `capture`. */
  output: string;
}

/** How a step reads its runner's own report (see runner-reports.ts) once the command has exited. */
export interface StepReport {
  /** The report file the runner writes; removed before the run, so an old one cannot speak for it. */
  file?: string;
  /** The verdict is in the command's output, so take it through a pipe instead of passing the terminal on. */
  fromOutput?: boolean;
  read(outcome: CommandOutcome): RunnerVerdict;
}

/**
 * Runs a command, asynchronously on purpose: an SMTP catcher may run in the calling process and
 * must keep answering meanwhile. With `capture`, its output is collected (and not shown).
 * A `report` file is removed first.
 */
export async function runCommand(
  command: string,
  args: string[],
  env: Record<string, string>,
  { capture, report }: { capture: boolean; report?: StepReport },
): Promise<CommandOutcome> {
  if (report?.file) rmSync(report.file, { force: true });
  const child = spawn(command, args, {
    stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return { status, output };
}

/**
 * A step of `npm test`: it passes only when the command exits 0 and its runner's report, when it
 * has one, shows no problems. Fails loudly otherwise.
 */
export async function runStep(
  title: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
  report?: StepReport,
) {
  const at = Date.now();
  console.log(`\n▸ ${title}`);
  const outcome = await runCommand(command, args, env, { capture: report?.fromOutput ?? false, report });
  const problems = outcome.status === 0 ? [] : [`exited with status ${outcome.status}`];
  let summary = "";
  try {
    const verdict = report?.read(outcome);
    problems.push(...(verdict?.problems ?? []));
    summary = verdict?.summary ?? "";
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (problems.length > 0) {
    process.stdout.write(outcome.output);
    console.error(`\n✗ ${title} failed:\n${listProblems(problems)}`);
    throw new Error(`${title} failed`);
  }
  console.log(`  ${title}${summary ? `: ${summary}` : ""} (${((Date.now() - at) / 1000).toFixed(1)} s)`);
}

const LISTED_PROBLEMS = 30;

export function listProblems(problems: string[]) {
  const listed = problems.slice(0, LISTED_PROBLEMS).map((problem) => `  - ${problem}`);
  if (problems.length > LISTED_PROBLEMS) listed.push(`  … and ${problems.length - LISTED_PROBLEMS} more`);
  return listed.join("\n");
}
