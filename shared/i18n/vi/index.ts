// The Vietnamese dictionary whole: the default language and the reference every other language must match key
// for key. The server and the command-line tools use it whole; the browser loads its field and office parts.
import { cli } from './cli.ts';
import { field } from './field.ts';
import { office } from './office.ts';

export const vi = { ...field, ...office, ...cli } as const;

export type MessageKey = keyof typeof vi;
