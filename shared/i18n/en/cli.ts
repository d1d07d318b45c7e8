import type { cli as vi } from '../vi/cli.ts';
import { auditCli } from './audit-cli.ts';

export const cli: Record<keyof typeof vi, string> = {
  ...auditCli,
  'cli.demoAccounts': 'Demo accounts (in the demo database only):',
  'cli.demoWindow': 'The demo survey “{survey}” takes direct interviews from {start} to the end of {end} (Vietnam time), counted from the day the demo database was made.',
  'cli.listening': 'Phiếu is running at {url}',
  'cli.dataDir': 'Data folder: {dir}',
  'cli.noClient': 'No built web client at {dir}: pages answer 503, the API works. Run npm run build (no restart needed), or set PHIEU_STATIC_DIR to the folder of a build.',
  'cli.noClientTitle': 'The web client is not built',
  'cli.noClientPage': 'The Phiếu server is running and its API works, but the web app has not been built. On the server, run npm run build, then reload this page.',
  'cli.noDatabase': 'There is no database at {file}.\nMake one with npm run demo (demo data) or npm start (an empty database for a real survey). If the data is in another folder, set PHIEU_DATA_DIR=FOLDER before the command.',
  'cli.accountCreated': 'Account {username} ({role}) created.',
  'cli.accountsImported': '{count} accounts imported.',
  'cli.assignmentsChanged': 'Assignments changed for {count} accounts.',
  'cli.csvLineError': 'Line {line}: {message}',
  'cli.noAccounts': 'There are no accounts yet. Create the first administrator: npm run accounts -- create --username admin --name "Admin" --role admin',
  'cli.csvRefused': 'The CSV file was refused; no account was imported.',
  'cli.generatedPasswords': 'Generated passwords (shown once; hand each to its owner):',
  'cli.accountDisabled': 'Account {username} disabled.',
  'cli.accountEnabled': 'Account {username} enabled.',
  'cli.passwordReset': 'Password of {username} reset.',
  'cli.unknownAccount': 'There is no account “{username}”.',
  'cli.accountsUsage': 'Usage:\n  npm run accounts -- list\n  npm run accounts -- create --username NAME --name "Full name" --role admin|enumerator|unit_board [--password PW] [--survey SLUG --units 01,02]\n  npm run accounts -- import FILE.csv   (columns: username,display_name,role,password,survey,units)\n  npm run accounts -- disable|enable NAME\n  npm run accounts -- reset-password NAME [--password PW]',
};
