// Imported first by entries that measure production: React (and our settings) read NODE_ENV when they load, and the
// email benchmark's plain loop renders in this process beside a worker that runs as `npm run worker` does, in
// production. React's development build renders an email about 1.5× slower.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV || "production" });
