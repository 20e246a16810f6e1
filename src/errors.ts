// Typed errors: the core throws them, the CLI prints the message once and exits with the code.
export const EXIT = { ok: 0, notFound: 1, badValue: 1, usage: 2 } as const;

export class SoftsecError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
    this.name = new.target.name;
  }
}
/** The thing asked for does not exist (`state ZZ`, `cite 99`). */
export class NotFound extends SoftsecError {
  constructor(message: string) { super(message, EXIT.notFound); }
}
/** A value the user gave is malformed or out of range. */
export class BadValue extends SoftsecError {
  constructor(message: string) { super(message, EXIT.badValue); }
}
/** The command line itself is wrong: unknown command or option, missing argument. */
export class UsageError extends SoftsecError {
  constructor(message: string) { super(message, EXIT.usage); }
}
export interface DatasetProblem { file: string; id?: string | number; field?: string; message: string }
/** A dataset (bundled or from --data) that fails its schema or referential integrity. */
export class BadDataset extends SoftsecError {
  constructor(readonly problems: DatasetProblem[], readonly dir: string) {
    super(`dataset in '${dir}' has ${problems.length} problem${problems.length === 1 ? '' : 's'}`, EXIT.badValue);
  }
}
