// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded PostgreSQL).
import { openDatabase } from "@/lib/db/bootstrap";
import { translator } from "@/lib/i18n/translator";

const database = await openDatabase({ log: console.log });
console.log(translator("sv")("cli.migrated"));
await database.stop();
