// What the page keeps in the browser (localStorage): the answers as they are given, where the respondent is, and
// the ticket the server signed when the form first opened — so a reload or a lost connection loses nothing —
// and, once the server's receipt is in, the marker that this browser has answered this survey.
import type { Answers } from '#shared/survey/answer.ts';

export type Progress = {
  id: string; ticket: string; startedAt: string; unitNo: string; answers: Answers;
  /** The question on screen; '' before the first. */
  at: string;
  /** Set once the respondent said an age under the minimum: the polite end, kept across reloads. */
  underAge?: boolean;
};

const progressKey = (token: string) => `phieu-r:${token}`;
const doneKey = (survey: string) => `phieu-r-done:${survey}`;

function read<T>(key: string): T | undefined {
  try {
    const text = localStorage.getItem(key);
    return text === null ? undefined : (JSON.parse(text) as T);
  } catch {
    return undefined;
  }
}

export function loadProgress(token: string): Progress | undefined {
  return read<Progress>(progressKey(token));
}

/** Written at every answer. A full or refused storage keeps the page working on what it holds in memory. */
export function saveProgress(token: string, progress: Progress): void {
  try {
    localStorage.setItem(progressKey(token), JSON.stringify(progress));
  } catch {
    // Private browsing or a full disk: nothing to do but go on.
  }
}

export function markDone(token: string, survey: string, receivedAt: string): void {
  try {
    localStorage.setItem(doneKey(survey), receivedAt);
    localStorage.removeItem(progressKey(token));
  } catch {
    // As above.
  }
}

/** When this browser sent its answers to this survey, or undefined. */
export function doneAt(survey: string): string | undefined {
  try {
    return localStorage.getItem(doneKey(survey)) ?? undefined;
  } catch {
    return undefined;
  }
}

export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Older WebViews (before Chrome 92) lack randomUUID: the same version-4 layout from getRandomValues.
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.prototype.map.call(b, (x: number) => (x + 0x100).toString(16).slice(1)).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
