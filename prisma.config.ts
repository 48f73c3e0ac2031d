import { defineConfig } from "prisma/config";

// Only `prisma generate` is used here; migrations are applied by lib/db/migrate.ts
// (see docs/decisions/001-sql-migrations.md). The URL is read only by CLI commands that connect.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/strategiportalen" },
});
