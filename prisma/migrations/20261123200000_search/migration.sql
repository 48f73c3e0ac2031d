-- Full-text search (docs/decisions/010-search-generated-tsvector.md): one generated, weighted
-- tsvector per searchable table with the `swedish` configuration and a GIN index.
-- Weights: A = title, B = subtitle, summary and codes, C = body text, D = names of people.

-- CreateFunction
-- array_to_string is only STABLE (it handles any element type); for text[] it is immutable, and a
-- generated column needs an IMMUTABLE expression.
CREATE FUNCTION "search_text_array"(items TEXT[]) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN array_to_string(items, ' ');

-- AlterTable
ALTER TABLE "Document" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('swedish'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('swedish'::regconfig, coalesce("subtitle", '') || ' ' || coalesce("registrationNumber", '')), 'B') ||
    setweight(to_tsvector('swedish'::regconfig, "summary"), 'C')
) STORED;

-- AlterTable
ALTER TABLE "DocumentSection" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('swedish'::regconfig, "heading"), 'A') ||
    setweight(to_tsvector('swedish'::regconfig, "body"), 'C')
) STORED;

-- AlterTable
ALTER TABLE "Area" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('swedish'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('swedish'::regconfig, coalesce("subtitle", '')), 'B') ||
    setweight(to_tsvector('swedish'::regconfig,
        coalesce("description", '') || ' ' || coalesce("direction", '') || ' ' || coalesce("search_text_array"("focus"), '')), 'C')
) STORED;

-- AlterTable
ALTER TABLE "Goal" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('swedish'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('swedish'::regconfig, coalesce("text", '')), 'C')
) STORED;

-- AlterTable
ALTER TABLE "Action" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('swedish'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('swedish'::regconfig, coalesce("text", '')), 'C')
) STORED;

-- AlterTable
ALTER TABLE "Network" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('swedish'::regconfig, "name"), 'A') ||
    setweight(to_tsvector('swedish'::regconfig, "purpose"), 'C')
) STORED;

-- AlterTable
ALTER TABLE "GoodExample" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('swedish'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('swedish'::regconfig, "summary"), 'B') ||
    setweight(to_tsvector('swedish'::regconfig, coalesce("body", '')), 'C') ||
    setweight(to_tsvector('swedish'::regconfig, coalesce("people", '')), 'D')
) STORED;

-- AlterTable
ALTER TABLE "KnowledgePage" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('swedish'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('swedish'::regconfig, "summary"), 'B') ||
    setweight(to_tsvector('swedish'::regconfig, "body"), 'C')
) STORED;

-- AlterTable
ALTER TABLE "ActionFollowUp" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('swedish'::regconfig, "comment"), 'C')
) STORED;

-- CreateIndex
CREATE INDEX "Document_searchVector_idx" ON "Document" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "DocumentSection_searchVector_idx" ON "DocumentSection" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Area_searchVector_idx" ON "Area" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Goal_searchVector_idx" ON "Goal" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Action_searchVector_idx" ON "Action" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Network_searchVector_idx" ON "Network" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "GoodExample_searchVector_idx" ON "GoodExample" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "KnowledgePage_searchVector_idx" ON "KnowledgePage" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "ActionFollowUp_searchVector_idx" ON "ActionFollowUp" USING GIN ("searchVector");
