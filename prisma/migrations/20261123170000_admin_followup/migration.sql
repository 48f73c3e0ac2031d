-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR', 'REVIEWER');

-- CreateEnum
CREATE TYPE "RevisionKind" AS ENUM ('CREATE', 'UPDATE', 'PUBLISH', 'ARCHIVE', 'RESTORE');

-- CreateEnum
CREATE TYPE "PeriodStatus" AS ENUM ('OPEN', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DELAYED', 'CANCELLED', 'NOT_ASSESSABLE');

-- CreateEnum
CREATE TYPE "GoalAssessmentValue" AS ENUM ('MET', 'PARTLY_MET', 'NOT_MET', 'NOT_ASSESSED');

-- CreateEnum
CREATE TYPE "IndicatorValueType" AS ENUM ('PERCENT', 'INTEGER', 'DECIMAL');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('TOTAL', 'WOMEN', 'MEN');

-- CreateEnum
CREATE TYPE "ValueSource" AS ENUM ('MANUAL', 'KOLADA');

-- AlterTable
ALTER TABLE "DocumentSection" ADD COLUMN     "status" "PublicationStatus" NOT NULL DEFAULT 'PUBLISHED',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Area" ADD COLUMN     "status" "PublicationStatus" NOT NULL DEFAULT 'PUBLISHED';

-- AlterTable
ALTER TABLE "Goal" ADD COLUMN     "status" "PublicationStatus" NOT NULL DEFAULT 'PUBLISHED';

-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "status" "PublicationStatus" NOT NULL DEFAULT 'PUBLISHED';

-- AlterTable
ALTER TABLE "SituationAnalysis" ADD COLUMN     "status" "PublicationStatus" NOT NULL DEFAULT 'PUBLISHED';

-- AlterTable
ALTER TABLE "ProcessMap" ADD COLUMN     "status" "PublicationStatus" NOT NULL DEFAULT 'PUBLISHED';

-- AlterTable
ALTER TABLE "CitizenDialogue" ADD COLUMN     "status" "PublicationStatus" NOT NULL DEFAULT 'PUBLISHED';

-- AlterTable
ALTER TABLE "Network" ADD COLUMN     "status" "PublicationStatus" NOT NULL DEFAULT 'PUBLISHED';

-- AlterTable
ALTER TABLE "GoodExample" ADD COLUMN     "status" "PublicationStatus" NOT NULL DEFAULT 'PUBLISHED';

-- AlterTable
ALTER TABLE "KnowledgePage" ADD COLUMN     "status" "PublicationStatus" NOT NULL DEFAULT 'PUBLISHED';

-- AlterTable
ALTER TABLE "PersonGroup" ADD COLUMN     "status" "PublicationStatus" NOT NULL DEFAULT 'PUBLISHED';

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "oidcSubject" TEXT,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "lastSignInAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "municipalityId" INTEGER NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MembershipArea" (
    "membershipId" INTEGER NOT NULL,
    "areaId" INTEGER NOT NULL,

    CONSTRAINT "MembershipArea_pkey" PRIMARY KEY ("membershipId","areaId")
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" SERIAL NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "municipalityId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "kind" "RevisionKind" NOT NULL,
    "userId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changes" JSONB NOT NULL,
    "snapshot" JSONB NOT NULL,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" INTEGER,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT,
    "entityId" INTEGER,
    "municipalityId" INTEGER,
    "address" TEXT,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpPeriod" (
    "id" SERIAL NOT NULL,
    "municipalityId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "status" "PeriodStatus" NOT NULL DEFAULT 'OPEN',
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FollowUpPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionFollowUp" (
    "id" SERIAL NOT NULL,
    "periodId" INTEGER NOT NULL,
    "actionId" INTEGER NOT NULL,
    "status" "ActionStatus" NOT NULL,
    "reason" TEXT,
    "progress" INTEGER,
    "comment" TEXT NOT NULL DEFAULT '',
    "responsiblePerson" TEXT,
    "reportedOn" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActionFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoalAssessment" (
    "id" SERIAL NOT NULL,
    "periodId" INTEGER NOT NULL,
    "goalId" INTEGER NOT NULL,
    "assessment" "GoalAssessmentValue" NOT NULL,
    "analysis" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GoalAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AreaSignOff" (
    "periodId" INTEGER NOT NULL,
    "areaId" INTEGER NOT NULL,
    "signedOffBy" TEXT NOT NULL,
    "signedOffAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AreaSignOff_pkey" PRIMARY KEY ("periodId","areaId")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" SERIAL NOT NULL,
    "municipalityId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "unit" TEXT NOT NULL,
    "valueType" "IndicatorValueType" NOT NULL,
    "source" TEXT,
    "higherIsBetter" BOOLEAN NOT NULL,
    "targetValue" DOUBLE PRECISION,
    "targetYear" INTEGER,
    "koladaKpi" TEXT,
    "position" INTEGER NOT NULL,
    "status" "PublicationStatus" NOT NULL DEFAULT 'PUBLISHED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorGoal" (
    "indicatorId" INTEGER NOT NULL,
    "goalId" INTEGER NOT NULL,

    CONSTRAINT "IndicatorGoal_pkey" PRIMARY KEY ("indicatorId","goalId")
);

-- CreateTable
CREATE TABLE "IndicatorValue" (
    "id" SERIAL NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "gender" "Gender" NOT NULL DEFAULT 'TOTAL',
    "national" BOOLEAN NOT NULL DEFAULT false,
    "value" DOUBLE PRECISION NOT NULL,
    "source" "ValueSource" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_oidcSubject_key" ON "User"("oidcSubject");

-- CreateIndex
CREATE INDEX "Membership_municipalityId_idx" ON "Membership"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_municipalityId_key" ON "Membership"("userId", "municipalityId");

-- CreateIndex
CREATE INDEX "MembershipArea_areaId_idx" ON "MembershipArea"("areaId");

-- CreateIndex
CREATE INDEX "Revision_entityType_entityId_version_idx" ON "Revision"("entityType", "entityId", "version");

-- CreateIndex
CREATE INDEX "Revision_municipalityId_createdAt_idx" ON "Revision"("municipalityId", "createdAt");

-- CreateIndex
CREATE INDEX "Revision_userId_idx" ON "Revision"("userId");

-- CreateIndex
CREATE INDEX "AuditEvent_municipalityId_at_idx" ON "AuditEvent"("municipalityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "FollowUpPeriod_municipalityId_endsOn_idx" ON "FollowUpPeriod"("municipalityId", "endsOn");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUpPeriod_municipalityId_slug_key" ON "FollowUpPeriod"("municipalityId", "slug");

-- CreateIndex
CREATE INDEX "ActionFollowUp_actionId_idx" ON "ActionFollowUp"("actionId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionFollowUp_periodId_actionId_key" ON "ActionFollowUp"("periodId", "actionId");

-- CreateIndex
CREATE INDEX "GoalAssessment_goalId_idx" ON "GoalAssessment"("goalId");

-- CreateIndex
CREATE UNIQUE INDEX "GoalAssessment_periodId_goalId_key" ON "GoalAssessment"("periodId", "goalId");

-- CreateIndex
CREATE INDEX "AreaSignOff_areaId_idx" ON "AreaSignOff"("areaId");

-- CreateIndex
CREATE INDEX "Indicator_koladaKpi_idx" ON "Indicator"("koladaKpi");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_municipalityId_slug_key" ON "Indicator"("municipalityId", "slug");

-- CreateIndex
CREATE INDEX "IndicatorGoal_goalId_idx" ON "IndicatorGoal"("goalId");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorValue_indicatorId_national_year_gender_key" ON "IndicatorValue"("indicatorId", "national", "year", "gender");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipArea" ADD CONSTRAINT "MembershipArea_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipArea" ADD CONSTRAINT "MembershipArea_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpPeriod" ADD CONSTRAINT "FollowUpPeriod_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionFollowUp" ADD CONSTRAINT "ActionFollowUp_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "FollowUpPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionFollowUp" ADD CONSTRAINT "ActionFollowUp_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalAssessment" ADD CONSTRAINT "GoalAssessment_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "FollowUpPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalAssessment" ADD CONSTRAINT "GoalAssessment_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AreaSignOff" ADD CONSTRAINT "AreaSignOff_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "FollowUpPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AreaSignOff" ADD CONSTRAINT "AreaSignOff_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorGoal" ADD CONSTRAINT "IndicatorGoal_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorGoal" ADD CONSTRAINT "IndicatorGoal_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The audit log is append-only: the application never updates or deletes its rows (docs/decisions/007).
CREATE FUNCTION "audit_event_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent rows cannot be changed or deleted';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only"
BEFORE UPDATE OR DELETE ON "AuditEvent"
FOR EACH ROW EXECUTE FUNCTION "audit_event_is_append_only"();

CREATE TRIGGER "AuditEvent_no_truncate"
BEFORE TRUNCATE ON "AuditEvent"
FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_is_append_only"();
