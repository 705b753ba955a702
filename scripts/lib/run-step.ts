import { spawn } from "node:child_process";

/**
 * Runs a command with inherited output and fails loudly. Asynchronous on purpose: an
 * SMTP catcher may run in the calling process and must keep answering meanwhile.
 */
export async function runStep(title: string, command: string, args: string[], env: Record<string, string> = {}) {
  const at = Date.now();
  console.log(`\n▸ ${title}`);
  const child = spawn(command, args, {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  const status = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (status !== 0) {
    console.error(`\n✗ ${title} failed`);
    throw new Error(`${title} failed`);
  }
  console.log(`  ${title} took ${((Date.now() - at) / 1000).toFixed(1)} s`);
}
