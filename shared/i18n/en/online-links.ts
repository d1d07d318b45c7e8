// The admin's online links page (decision 0021).
import type { onlineLinks as vi } from '../vi/online-links.ts';

export const onlineLinks: Record<keyof typeof vi, string> = {
  'onlineLinks.nav': 'Online links',
  'onlineLinks.intro': 'Each link opens the online form, to send over Zalo or print as a QR code. Forms received through a unit\'s link count toward that unit, mode “online”; the survey\'s link lets respondents choose their unit.',
  'onlineLinks.survey': 'Survey',
  'onlineLinks.unit': 'Unit',
  'onlineLinks.wholeSurvey': 'The whole survey (respondents choose their unit)',
  'onlineLinks.label': 'Note (who it is sent to)',
  'onlineLinks.create': 'Make a link',
  'onlineLinks.none': 'No links yet.',
  'onlineLinks.notOnline': 'This survey does not run the online mode (see its settings).',
  'onlineLinks.col.unit': 'Unit',
  'onlineLinks.col.label': 'Note',
  'onlineLinks.col.link': 'Link',
  'onlineLinks.col.state': 'State',
  'onlineLinks.col.submissions': 'Forms received',
  'onlineLinks.col.flagged': 'Flagged',
  'onlineLinks.state.open': 'Open',
  'onlineLinks.state.paused': 'Paused',
  'onlineLinks.state.retired': 'Retired',
  'onlineLinks.pause': 'Pause',
  'onlineLinks.reopen': 'Reopen',
  'onlineLinks.retire': 'Retire',
  'onlineLinks.confirmRetire': 'Click again to retire for good',
  'onlineLinks.qr': 'QR code',
  'onlineLinks.qrOf': 'QR code of the link {unit}',
};
