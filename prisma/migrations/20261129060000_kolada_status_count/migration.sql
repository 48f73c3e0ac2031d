-- Kolada's own status and count are kept (docs/decisions/080-kolada-v3-and-deletions.md): a value
-- Kolada reports as missing ("Missing", value null) is stored as missing, so pages can say so
-- instead of showing nothing or zero.

-- AlterTable
ALTER TABLE "IndicatorValue" ALTER COLUMN "value" DROP NOT NULL,
ADD COLUMN "status" TEXT,
ADD COLUMN "count" INTEGER;
