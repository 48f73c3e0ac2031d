-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('POLICY', 'STRATEGY', 'ACTION_PLAN', 'MUNICIPAL_PLAN', 'SOCIAL_REPORT', 'REGULATION');

-- CreateEnum
CREATE TYPE "PublicationStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'REPLACED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "ActionRole" AS ENUM ('RESPONSIBLE', 'PARTNER');

-- CreateEnum
CREATE TYPE "SituationKind" AS ENUM ('STRENGTH', 'WEAKNESS', 'OPPORTUNITY', 'CHALLENGE');

-- CreateEnum
CREATE TYPE "ProcessKind" AS ENUM ('MAIN', 'MANAGEMENT', 'SUPPORT');

-- CreateEnum
CREATE TYPE "GroupKind" AS ENUM ('COMMITTEE', 'REFERENCE_GROUP', 'CONTACTS');

-- CreateTable
CREATE TABLE "Municipality" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "intro" TEXT NOT NULL DEFAULT '',
    "contact" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PathRedirect" (
    "fromPath" TEXT NOT NULL,
    "toPath" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PathRedirect_pkey" PRIMARY KEY ("fromPath")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" SERIAL NOT NULL,
    "municipalityId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "status" "PublicationStatus" NOT NULL DEFAULT 'PUBLISHED',
    "title" TEXT NOT NULL,
    "subtitle" TEXT,
    "summary" TEXT NOT NULL,
    "registrationNumber" TEXT,
    "adoptedBy" TEXT,
    "adoptedOn" DATE,
    "validUntil" DATE,
    "reviewBy" DATE,
    "responsible" TEXT,
    "owner" TEXT,
    "periodStart" INTEGER,
    "periodEnd" INTEGER,
    "areaLabel" TEXT NOT NULL,
    "areaLabelPlural" TEXT NOT NULL,
    "goalLabel" TEXT NOT NULL,
    "goalLabelPlural" TEXT NOT NULL,
    "actionLabel" TEXT NOT NULL,
    "actionLabelPlural" TEXT NOT NULL,
    "concretisesId" INTEGER,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentReplacement" (
    "replacingId" INTEGER NOT NULL,
    "replacedId" INTEGER NOT NULL,

    CONSTRAINT "DocumentReplacement_pkey" PRIMARY KEY ("replacingId","replacedId")
);

-- CreateTable
CREATE TABLE "DocumentSection" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "heading" TEXT NOT NULL,
    "level" INTEGER NOT NULL DEFAULT 2,
    "body" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "DocumentSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Area" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "number" TEXT,
    "title" TEXT NOT NULL,
    "subtitle" TEXT,
    "description" TEXT,
    "direction" TEXT,
    "focus" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "areaId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Action" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "areaId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionGoal" (
    "actionId" INTEGER NOT NULL,
    "goalId" INTEGER NOT NULL,

    CONSTRAINT "ActionGoal_pkey" PRIMARY KEY ("actionId","goalId")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" SERIAL NOT NULL,
    "municipalityId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionOrganisation" (
    "actionId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "role" "ActionRole" NOT NULL,

    CONSTRAINT "ActionOrganisation_pkey" PRIMARY KEY ("actionId","organisationId","role")
);

-- CreateTable
CREATE TABLE "Agenda2030Goal" (
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "color" TEXT NOT NULL,

    CONSTRAINT "Agenda2030Goal_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "Agenda2030Target" (
    "code" TEXT NOT NULL,
    "goalNumber" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Agenda2030Target_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "AreaAgendaGoal" (
    "areaId" INTEGER NOT NULL,
    "goalNumber" INTEGER NOT NULL,

    CONSTRAINT "AreaAgendaGoal_pkey" PRIMARY KEY ("areaId","goalNumber")
);

-- CreateTable
CREATE TABLE "GoalAgendaGoal" (
    "goalId" INTEGER NOT NULL,
    "goalNumber" INTEGER NOT NULL,

    CONSTRAINT "GoalAgendaGoal_pkey" PRIMARY KEY ("goalId","goalNumber")
);

-- CreateTable
CREATE TABLE "ActionAgendaGoal" (
    "actionId" INTEGER NOT NULL,
    "goalNumber" INTEGER NOT NULL,

    CONSTRAINT "ActionAgendaGoal_pkey" PRIMARY KEY ("actionId","goalNumber")
);

-- CreateTable
CREATE TABLE "PublicHealthArea" (
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "PublicHealthArea_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "AreaPublicHealth" (
    "areaId" INTEGER NOT NULL,
    "publicHealthArea" INTEGER NOT NULL,

    CONSTRAINT "AreaPublicHealth_pkey" PRIMARY KEY ("areaId","publicHealthArea")
);

-- CreateTable
CREATE TABLE "GoalPublicHealth" (
    "goalId" INTEGER NOT NULL,
    "publicHealthArea" INTEGER NOT NULL,

    CONSTRAINT "GoalPublicHealth_pkey" PRIMARY KEY ("goalId","publicHealthArea")
);

-- CreateTable
CREATE TABLE "ActionPublicHealth" (
    "actionId" INTEGER NOT NULL,
    "publicHealthArea" INTEGER NOT NULL,

    CONSTRAINT "ActionPublicHealth_pkey" PRIMARY KEY ("actionId","publicHealthArea")
);

-- CreateTable
CREATE TABLE "SituationAnalysis" (
    "id" SERIAL NOT NULL,
    "municipalityId" INTEGER NOT NULL,
    "documentId" INTEGER,
    "publicHealthArea" INTEGER NOT NULL,
    "heading" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SituationAnalysis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SituationItem" (
    "id" SERIAL NOT NULL,
    "analysisId" INTEGER NOT NULL,
    "kind" "SituationKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "SituationItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcessMap" (
    "id" SERIAL NOT NULL,
    "municipalityId" INTEGER NOT NULL,
    "documentId" INTEGER,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "intro" TEXT,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProcessMap_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Process" (
    "id" SERIAL NOT NULL,
    "mapId" INTEGER NOT NULL,
    "kind" "ProcessKind" NOT NULL,
    "number" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Process_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcessProposal" (
    "id" SERIAL NOT NULL,
    "processId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "ProcessProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CitizenDialogue" (
    "id" SERIAL NOT NULL,
    "municipalityId" INTEGER NOT NULL,
    "documentId" INTEGER,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "topic" TEXT,
    "method" TEXT,
    "participants" TEXT,
    "responses" INTEGER,
    "summary" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CitizenDialogue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Network" (
    "id" SERIAL NOT NULL,
    "municipalityId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Network_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoodExample" (
    "id" SERIAL NOT NULL,
    "municipalityId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT,
    "people" TEXT,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GoodExample_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KnowledgePage" (
    "id" SERIAL NOT NULL,
    "municipalityId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KnowledgePage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonGroup" (
    "id" SERIAL NOT NULL,
    "municipalityId" INTEGER NOT NULL,
    "documentId" INTEGER,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "GroupKind" NOT NULL,
    "description" TEXT,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PersonGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupMember" (
    "id" SERIAL NOT NULL,
    "groupId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT,
    "party" TEXT,
    "period" TEXT,
    "email" TEXT,
    "phone" TEXT,

    CONSTRAINT "GroupMember_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_slug_key" ON "Municipality"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_code_key" ON "Municipality"("code");

-- CreateIndex
CREATE INDEX "Document_concretisesId_idx" ON "Document"("concretisesId");

-- CreateIndex
CREATE UNIQUE INDEX "Document_municipalityId_slug_key" ON "Document"("municipalityId", "slug");

-- CreateIndex
CREATE INDEX "DocumentReplacement_replacedId_idx" ON "DocumentReplacement"("replacedId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentSection_documentId_position_key" ON "DocumentSection"("documentId", "position");

-- CreateIndex
CREATE INDEX "Area_documentId_position_idx" ON "Area"("documentId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Area_documentId_slug_key" ON "Area"("documentId", "slug");

-- CreateIndex
CREATE INDEX "Goal_areaId_position_idx" ON "Goal"("areaId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Goal_documentId_slug_key" ON "Goal"("documentId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "Goal_documentId_code_key" ON "Goal"("documentId", "code");

-- CreateIndex
CREATE INDEX "Action_areaId_position_idx" ON "Action"("areaId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Action_documentId_slug_key" ON "Action"("documentId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "Action_areaId_number_key" ON "Action"("areaId", "number");

-- CreateIndex
CREATE INDEX "ActionGoal_goalId_idx" ON "ActionGoal"("goalId");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_municipalityId_slug_key" ON "Organisation"("municipalityId", "slug");

-- CreateIndex
CREATE INDEX "ActionOrganisation_organisationId_idx" ON "ActionOrganisation"("organisationId");

-- CreateIndex
CREATE INDEX "Agenda2030Target_goalNumber_position_idx" ON "Agenda2030Target"("goalNumber", "position");

-- CreateIndex
CREATE INDEX "AreaAgendaGoal_goalNumber_idx" ON "AreaAgendaGoal"("goalNumber");

-- CreateIndex
CREATE INDEX "GoalAgendaGoal_goalNumber_idx" ON "GoalAgendaGoal"("goalNumber");

-- CreateIndex
CREATE INDEX "ActionAgendaGoal_goalNumber_idx" ON "ActionAgendaGoal"("goalNumber");

-- CreateIndex
CREATE INDEX "AreaPublicHealth_publicHealthArea_idx" ON "AreaPublicHealth"("publicHealthArea");

-- CreateIndex
CREATE INDEX "GoalPublicHealth_publicHealthArea_idx" ON "GoalPublicHealth"("publicHealthArea");

-- CreateIndex
CREATE INDEX "ActionPublicHealth_publicHealthArea_idx" ON "ActionPublicHealth"("publicHealthArea");

-- CreateIndex
CREATE INDEX "SituationAnalysis_documentId_idx" ON "SituationAnalysis"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "SituationAnalysis_municipalityId_publicHealthArea_key" ON "SituationAnalysis"("municipalityId", "publicHealthArea");

-- CreateIndex
CREATE UNIQUE INDEX "SituationItem_analysisId_kind_position_key" ON "SituationItem"("analysisId", "kind", "position");

-- CreateIndex
CREATE INDEX "ProcessMap_documentId_idx" ON "ProcessMap"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "ProcessMap_municipalityId_slug_key" ON "ProcessMap"("municipalityId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "Process_mapId_kind_number_key" ON "Process"("mapId", "kind", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ProcessProposal_processId_position_key" ON "ProcessProposal"("processId", "position");

-- CreateIndex
CREATE INDEX "CitizenDialogue_documentId_idx" ON "CitizenDialogue"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "CitizenDialogue_municipalityId_slug_key" ON "CitizenDialogue"("municipalityId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "Network_municipalityId_slug_key" ON "Network"("municipalityId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "GoodExample_municipalityId_slug_key" ON "GoodExample"("municipalityId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "KnowledgePage_municipalityId_slug_key" ON "KnowledgePage"("municipalityId", "slug");

-- CreateIndex
CREATE INDEX "PersonGroup_documentId_idx" ON "PersonGroup"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "PersonGroup_municipalityId_slug_key" ON "PersonGroup"("municipalityId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "GroupMember_groupId_position_key" ON "GroupMember"("groupId", "position");

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_concretisesId_fkey" FOREIGN KEY ("concretisesId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentReplacement" ADD CONSTRAINT "DocumentReplacement_replacingId_fkey" FOREIGN KEY ("replacingId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentReplacement" ADD CONSTRAINT "DocumentReplacement_replacedId_fkey" FOREIGN KEY ("replacedId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentSection" ADD CONSTRAINT "DocumentSection_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Area" ADD CONSTRAINT "Area_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionGoal" ADD CONSTRAINT "ActionGoal_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionGoal" ADD CONSTRAINT "ActionGoal_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionOrganisation" ADD CONSTRAINT "ActionOrganisation_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionOrganisation" ADD CONSTRAINT "ActionOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agenda2030Target" ADD CONSTRAINT "Agenda2030Target_goalNumber_fkey" FOREIGN KEY ("goalNumber") REFERENCES "Agenda2030Goal"("number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AreaAgendaGoal" ADD CONSTRAINT "AreaAgendaGoal_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AreaAgendaGoal" ADD CONSTRAINT "AreaAgendaGoal_goalNumber_fkey" FOREIGN KEY ("goalNumber") REFERENCES "Agenda2030Goal"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalAgendaGoal" ADD CONSTRAINT "GoalAgendaGoal_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalAgendaGoal" ADD CONSTRAINT "GoalAgendaGoal_goalNumber_fkey" FOREIGN KEY ("goalNumber") REFERENCES "Agenda2030Goal"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionAgendaGoal" ADD CONSTRAINT "ActionAgendaGoal_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionAgendaGoal" ADD CONSTRAINT "ActionAgendaGoal_goalNumber_fkey" FOREIGN KEY ("goalNumber") REFERENCES "Agenda2030Goal"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AreaPublicHealth" ADD CONSTRAINT "AreaPublicHealth_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AreaPublicHealth" ADD CONSTRAINT "AreaPublicHealth_publicHealthArea_fkey" FOREIGN KEY ("publicHealthArea") REFERENCES "PublicHealthArea"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalPublicHealth" ADD CONSTRAINT "GoalPublicHealth_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalPublicHealth" ADD CONSTRAINT "GoalPublicHealth_publicHealthArea_fkey" FOREIGN KEY ("publicHealthArea") REFERENCES "PublicHealthArea"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPublicHealth" ADD CONSTRAINT "ActionPublicHealth_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPublicHealth" ADD CONSTRAINT "ActionPublicHealth_publicHealthArea_fkey" FOREIGN KEY ("publicHealthArea") REFERENCES "PublicHealthArea"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SituationAnalysis" ADD CONSTRAINT "SituationAnalysis_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SituationAnalysis" ADD CONSTRAINT "SituationAnalysis_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SituationAnalysis" ADD CONSTRAINT "SituationAnalysis_publicHealthArea_fkey" FOREIGN KEY ("publicHealthArea") REFERENCES "PublicHealthArea"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SituationItem" ADD CONSTRAINT "SituationItem_analysisId_fkey" FOREIGN KEY ("analysisId") REFERENCES "SituationAnalysis"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcessMap" ADD CONSTRAINT "ProcessMap_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcessMap" ADD CONSTRAINT "ProcessMap_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Process" ADD CONSTRAINT "Process_mapId_fkey" FOREIGN KEY ("mapId") REFERENCES "ProcessMap"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcessProposal" ADD CONSTRAINT "ProcessProposal_processId_fkey" FOREIGN KEY ("processId") REFERENCES "Process"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CitizenDialogue" ADD CONSTRAINT "CitizenDialogue_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CitizenDialogue" ADD CONSTRAINT "CitizenDialogue_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Network" ADD CONSTRAINT "Network_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodExample" ADD CONSTRAINT "GoodExample_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgePage" ADD CONSTRAINT "KnowledgePage_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonGroup" ADD CONSTRAINT "PersonGroup_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonGroup" ADD CONSTRAINT "PersonGroup_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMember" ADD CONSTRAINT "GroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "PersonGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;
