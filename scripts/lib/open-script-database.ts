import { EnvError, parseEnv } from "@/lib/env";
import { openCliDatabase } from "@/lib/server/database/open-cli-database";

// For a command that runs the app's own code (worker, reindex): the database `npm start`
// would use, named in DATABASE_URL before anything reads the settings, since that code finds
// the database through them. Exits with the message when the settings are wrong.
export async function openScriptDatabase(log: (message: string) => void): Promise<Awaited<ReturnType<typeof openCliDatabase>>> {
  try {
    const database = await openCliDatabase(parseEnv(process.env), log);
    process.env.DATABASE_URL = database.url;
    return database;
  } catch (error) {
    console.error(error instanceof EnvError ? error.message : error);
    process.exit(1);
  }
}
