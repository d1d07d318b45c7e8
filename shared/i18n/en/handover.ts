// Words of the phone's hand-over by file (decision 0016): part of the field dictionary, so kept few and short.
export const handover = {
  'handover.title': 'Hand over by file',
  'handover.intro': 'No network? Write finished forms to an encrypted file and send it to the office by Zalo, Bluetooth or USB.',
  'handover.export': 'Export forms to a file',
  'handover.none': 'No finished forms are waiting to be sent.',
  'handover.noKey': 'Sign in once with a network first.',
  'handover.done': 'Wrote {count} forms to {file}; they stay on this device until the server confirms them.',
  'handover.pending': '{count} forms exported to a file, waiting for the server to confirm them.',
  'handover.failed': 'The file could not be written; the forms are still on this device.',
} as const;
