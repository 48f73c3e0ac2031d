// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded PostgreSQL).
import { openDatabase } from "@/lib/db/bootstrap";

const database = await openDatabase({ log: console.log });
console.log("Databasen är migrerad.");
await database.stop();
