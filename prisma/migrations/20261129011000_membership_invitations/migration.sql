-- A membership is an invitation until the person accepts it (docs/decisions/050). Every existing
-- membership was granted directly and counts as accepted when it was created.
ALTER TABLE "Membership" ADD COLUMN "acceptedAt" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP;
UPDATE "Membership" SET "acceptedAt" = "createdAt";
