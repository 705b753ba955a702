// Imported first by the production entries (`npm start`, `npm run worker`, `npm run bench`), as `next start` does:
// production unless told otherwise, set before Next.js, React and our settings read NODE_ENV when they load. In
// development React rendered each email about 1.5× slower, and the settings' production checks did not run.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV || "production" });
