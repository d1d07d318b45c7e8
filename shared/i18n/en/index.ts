// The English dictionary whole. Each part is checked key for key against its Vietnamese twin.
import type { Dictionary } from '../translate.ts';
import { cli } from './cli.ts';
import { field } from './field.ts';
import { office } from './office.ts';

export const en: Dictionary = { ...field, ...office, ...cli };
