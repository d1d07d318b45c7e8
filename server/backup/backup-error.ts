// A backup or restore that cannot go on, for a person: `code` is a dictionary key (`backup.*`), `params` its values.
export class BackupError extends Error {
  constructor(readonly code: string, readonly params: Record<string, string> = {}) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'BackupError';
  }
}
