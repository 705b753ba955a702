-- The counters of RateLimiterPostgres (rate-limiter-flexible) replace the hand-written fixed window.
-- They start empty: the old buckets are dropped, not carried over.
-- DropTable
DROP TABLE "RateLimitBucket";

-- CreateTable
CREATE TABLE "RateLimitCounter" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "RateLimitCounter_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "RateLimitCounter_expire_idx" ON "RateLimitCounter"("expire");
