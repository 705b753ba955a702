import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { userInfo } from "node:os";

// Tools the tests run for real that npm cannot bring: Debian's Chromium (Playwright cannot download browsers
// here), Radicale (a real CalDAV server) and nginx (the reverse proxy in front of the production cluster). Installed with apt-get when missing and we are root.

export const CHROMIUM_PATH = "/usr/bin/chromium";
const RADICALE_PATH = "/usr/bin/radicale";
export const NGINX_PATH = "/usr/sbin/nginx";

function ensurePackage(name: string, path: string, purpose: string) {
  if (existsSync(path)) return;
  if (userInfo().uid !== 0) {
    throw new Error(`${name} is missing: run \`sudo apt-get install -y ${name}\` (expected at ${path}, ${purpose}).`);
  }
  console.log(`▸ Installing Debian's ${name} (${purpose})…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${name}`, {
    stdio: "inherit",
  });
}

export const ensureChromium = () => ensurePackage("chromium", CHROMIUM_PATH, "for the end-to-end tests");

export const ensureRadicale = () => ensurePackage("radicale", RADICALE_PATH, "the CalDAV server of the calendar tests");

export const ensureNginx = () => ensurePackage("nginx", NGINX_PATH, "the reverse proxy of the cluster tests");
