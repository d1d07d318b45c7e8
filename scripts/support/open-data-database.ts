// How the command-line tools reach the data folder's database: the one that exists, or a message in the user's
// language (no database at that path, how to make one) and exit code 2. Never a stack trace, and never an empty
// database made as a side effect of a command that only reads or changes one.
import { existsSync, mkdirSync } from 'node:fs';
import Database from 'better-sqlite3';
import { translate, type Dictionary } from '#shared/i18n/translate.ts';
import { databaseFile, readConfig } from '#server/config.ts';
import { openDatabase, type Db } from '#server/db/open.ts';

export type DataDatabaseOptions = {
  /** false: a plain connection that never migrates the live database (a backup copies it as it is). */
  migrate?: boolean;
  /** Make the folder and the database when missing: only for putting the first accounts into a new data folder. */
  create?: boolean;
};

export function openDataDatabase(dictionary: Dictionary, options: DataDatabaseOptions = {}): { db: Db; dataDir: string } {
  const { dataDir } = readConfig(process.env);
  const file = databaseFile(dataDir);
  if (options.create) {
    mkdirSync(dataDir, { recursive: true });
  } else if (!existsSync(file)) {
    console.error(translate(dictionary, 'cli.noDatabase', { file }));
    process.exit(2);
  }
  if (options.migrate !== false) return { db: openDatabase(file), dataDir };
  const db = new Database(file, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return { db, dataDir };
}
