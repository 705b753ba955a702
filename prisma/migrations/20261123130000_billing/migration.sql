-- CreateTable
CREATE TABLE "PracticeSubscription" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "stripeCustomerId" TEXT NOT NULL,
    "stripeSubscriptionId" TEXT,
    "stripeItemId" TEXT,
    "stripePriceId" TEXT,
    "status" TEXT,
    "seatQuantity" INTEGER NOT NULL DEFAULT 0,
    "currentPeriodStart" TIMESTAMPTZ(3),
    "currentPeriodEnd" TIMESTAMPTZ(3),
    "trialEnd" TIMESTAMPTZ(3),
    "cancelAtPeriodEnd" BOOLEAN NOT NULL DEFAULT false,
    "endedAt" TIMESTAMPTZ(3),
    "syncedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PracticeSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StripeEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "practiceId" TEXT,
    "outcome" TEXT NOT NULL,
    "note" TEXT,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StripeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PracticeSubscription_practiceId_key" ON "PracticeSubscription"("practiceId");

-- CreateIndex
CREATE UNIQUE INDEX "PracticeSubscription_stripeCustomerId_key" ON "PracticeSubscription"("stripeCustomerId");

-- CreateIndex
CREATE UNIQUE INDEX "PracticeSubscription_stripeSubscriptionId_key" ON "PracticeSubscription"("stripeSubscriptionId");

-- CreateIndex
CREATE INDEX "StripeEvent_practiceId_receivedAt_idx" ON "StripeEvent"("practiceId", "receivedAt");

-- AddForeignKey
ALTER TABLE "PracticeSubscription" ADD CONSTRAINT "PracticeSubscription_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

