import { z } from "zod";

// Paths under /p/ and /book/ that a practice may not take as its slug.
const RESERVED = new Set(["new", "api", "app", "admin", "settings", "book", "dev", "signin", "invite", "p", "www"]);

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "The address needs at least 3 characters.")
  .max(40, "The address can be at most 40 characters.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens, like north-star-coaching.")
  .refine((slug) => !RESERVED.has(slug), "That address is reserved; choose another.");

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}
