// Stands in for `server-only` where our server code runs outside Next.js (Vitest, the worker).
export {};
