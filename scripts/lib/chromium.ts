import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { userInfo } from "node:os";

export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Playwright cannot download browsers here, so the tests use Debian's Chromium. */
export function ensureChromium() {
  if (existsSync(CHROMIUM_PATH)) return;
  if (userInfo().uid !== 0) {
    throw new Error(`Chromium is missing: run \`sudo apt-get install -y chromium\` (expected at ${CHROMIUM_PATH}).`);
  }
  console.log("▸ Installing Debian's Chromium for the end-to-end tests…");
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", {
    stdio: "inherit",
  });
}
