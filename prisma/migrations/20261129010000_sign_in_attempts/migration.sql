-- Sign-in attempts are counted before the password check, in one INSERT … ON CONFLICT per key
-- (docs/decisions/051). The old failure counts are short-lived and start again from nothing.
DROP TABLE "SignInThrottle";

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastAttemptAt" TIMESTAMP(3) NOT NULL,
    "nextAttemptAt" TIMESTAMP(3),

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);
