-- Finnish and English versions of the titles and texts of documents, sections, areas, goals and
-- actions (docs/decisions/131): one jsonb object per row, { "fi": { "title": … }, "en": { … } },
-- holding only the translations given. Search in each language (docs/decisions/133) reads them
-- through one generated tsvector per language with the `finnish` and `english` configurations,
-- weighted as the Swedish vector is. Existing grants cover new columns (docs/decisions/060).

-- AlterTable
ALTER TABLE "Document" ADD COLUMN "translations" JSONB NOT NULL DEFAULT '{}';
ALTER TABLE "DocumentSection" ADD COLUMN "translations" JSONB NOT NULL DEFAULT '{}';
ALTER TABLE "Area" ADD COLUMN "translations" JSONB NOT NULL DEFAULT '{}';
ALTER TABLE "Goal" ADD COLUMN "translations" JSONB NOT NULL DEFAULT '{}';
ALTER TABLE "Action" ADD COLUMN "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Document"
    ADD COLUMN "searchVectorFi" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('finnish'::regconfig, coalesce("translations"->'fi'->>'title', '')), 'A') ||
        setweight(to_tsvector('finnish'::regconfig, coalesce("translations"->'fi'->>'subtitle', '')), 'B') ||
        setweight(to_tsvector('finnish'::regconfig, coalesce("translations"->'fi'->>'summary', '')), 'C')
    ) STORED,
    ADD COLUMN "searchVectorEn" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce("translations"->'en'->>'title', '')), 'A') ||
        setweight(to_tsvector('english'::regconfig, coalesce("translations"->'en'->>'subtitle', '')), 'B') ||
        setweight(to_tsvector('english'::regconfig, coalesce("translations"->'en'->>'summary', '')), 'C')
    ) STORED;

-- AlterTable
ALTER TABLE "DocumentSection"
    ADD COLUMN "searchVectorFi" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('finnish'::regconfig, coalesce("translations"->'fi'->>'heading', '')), 'A') ||
        setweight(to_tsvector('finnish'::regconfig, coalesce("translations"->'fi'->>'body', '')), 'C')
    ) STORED,
    ADD COLUMN "searchVectorEn" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce("translations"->'en'->>'heading', '')), 'A') ||
        setweight(to_tsvector('english'::regconfig, coalesce("translations"->'en'->>'body', '')), 'C')
    ) STORED;

-- AlterTable
ALTER TABLE "Area"
    ADD COLUMN "searchVectorFi" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('finnish'::regconfig, coalesce("translations"->'fi'->>'title', '')), 'A') ||
        setweight(to_tsvector('finnish'::regconfig, coalesce("translations"->'fi'->>'subtitle', '')), 'B') ||
        setweight(to_tsvector('finnish'::regconfig,
            coalesce("translations"->'fi'->>'description', '') || ' ' || coalesce("translations"->'fi'->>'direction', '')), 'C')
    ) STORED,
    ADD COLUMN "searchVectorEn" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce("translations"->'en'->>'title', '')), 'A') ||
        setweight(to_tsvector('english'::regconfig, coalesce("translations"->'en'->>'subtitle', '')), 'B') ||
        setweight(to_tsvector('english'::regconfig,
            coalesce("translations"->'en'->>'description', '') || ' ' || coalesce("translations"->'en'->>'direction', '')), 'C')
    ) STORED;

-- AlterTable
ALTER TABLE "Goal"
    ADD COLUMN "searchVectorFi" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('finnish'::regconfig, coalesce("translations"->'fi'->>'title', '')), 'A') ||
        setweight(to_tsvector('finnish'::regconfig, coalesce("translations"->'fi'->>'text', '')), 'C')
    ) STORED,
    ADD COLUMN "searchVectorEn" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce("translations"->'en'->>'title', '')), 'A') ||
        setweight(to_tsvector('english'::regconfig, coalesce("translations"->'en'->>'text', '')), 'C')
    ) STORED;

-- AlterTable
ALTER TABLE "Action"
    ADD COLUMN "searchVectorFi" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('finnish'::regconfig, coalesce("translations"->'fi'->>'title', '')), 'A') ||
        setweight(to_tsvector('finnish'::regconfig, coalesce("translations"->'fi'->>'text', '')), 'C')
    ) STORED,
    ADD COLUMN "searchVectorEn" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce("translations"->'en'->>'title', '')), 'A') ||
        setweight(to_tsvector('english'::regconfig, coalesce("translations"->'en'->>'text', '')), 'C')
    ) STORED;

-- CreateIndex
CREATE INDEX "Document_searchVectorFi_idx" ON "Document" USING GIN ("searchVectorFi");
CREATE INDEX "Document_searchVectorEn_idx" ON "Document" USING GIN ("searchVectorEn");
CREATE INDEX "DocumentSection_searchVectorFi_idx" ON "DocumentSection" USING GIN ("searchVectorFi");
CREATE INDEX "DocumentSection_searchVectorEn_idx" ON "DocumentSection" USING GIN ("searchVectorEn");
CREATE INDEX "Area_searchVectorFi_idx" ON "Area" USING GIN ("searchVectorFi");
CREATE INDEX "Area_searchVectorEn_idx" ON "Area" USING GIN ("searchVectorEn");
CREATE INDEX "Goal_searchVectorFi_idx" ON "Goal" USING GIN ("searchVectorFi");
CREATE INDEX "Goal_searchVectorEn_idx" ON "Goal" USING GIN ("searchVectorEn");
CREATE INDEX "Action_searchVectorFi_idx" ON "Action" USING GIN ("searchVectorFi");
CREATE INDEX "Action_searchVectorEn_idx" ON "Action" USING GIN ("searchVectorEn");
