// The office's pages: one line each. app.tsx turns every line into a route behind sign-in and the role check,
// and the office frame (admin/OfficeFrame.tsx) draws its menu from the lines that carry a label. A page is
// always loaded lazily, after the role check, and never precached: whatever its folder (vite.config.ts).
import type { Component } from 'solid-js';
import type { Role } from '#shared/accounts/schema.ts';
import type { office } from '#shared/i18n/vi/office.ts';

export type OfficePage = {
  /** Its address; a last parameter may be optional ("/admin/quota/:survey?"): the menu links to the part before it. */
  path: string;
  /** The page's module, whose default export is the page. */
  load: () => Promise<{ default: Component }>;
  /** The menu's label (an office word); a page without one is reached by links only. */
  menu?: keyof typeof office;
  /** Who may open it; anyone else gets the no-permission page without its code being requested. */
  role: Role;
  /** The office's own work (audit log, devices, backups, hand-over files): a full admin's, not a survey manager's. */
  officeWide?: true;
};

/** In the menu's order; the first is where /admin leads. Surveys, interviews and results join here. */
export const OFFICE_PAGES: readonly OfficePage[] = [
  { path: '/admin/surveys', load: () => import('./admin/SurveysPage.tsx'), menu: 'survey.nav', role: 'admin' },
  { path: '/admin/surveys/:slug', load: () => import('./admin/SurveyPage.tsx'), role: 'admin' },
  { path: '/admin/surveys/:slug/questionnaire/:version', load: () => import('./admin/builder/BuilderPage.tsx'), role: 'admin' },
  { path: '/admin/surveys/:slug/print', load: () => import('./admin/questionnaire/PrintFormPage.tsx'), role: 'admin' },
  { path: '/admin/surveys/:slug/xlsform', load: () => import('./admin/questionnaire/XlsformImportPage.tsx'), role: 'admin' },
  { path: '/admin/accounts', load: () => import('./admin/AccountsPage.tsx'), menu: 'admin.accounts', role: 'admin' },
  { path: '/admin/devices', load: () => import('./admin/DevicesPage.tsx'), menu: 'devices.nav', role: 'admin', officeWide: true },
  { path: '/admin/handover', load: () => import('./admin/HandoverImportPage.tsx'), menu: 'handover.nav', role: 'admin', officeWide: true },
  { path: '/admin/review/:survey?', load: () => import('./admin/review/ReviewPage.tsx'), menu: 'review.nav', role: 'admin' },
  { path: '/admin/review/:survey/interviews/:id', load: () => import('./admin/review/InterviewReviewPage.tsx'), role: 'admin' },
  { path: '/admin/review/:survey/double-keying', load: () => import('./admin/review/DoubleKeyingPage.tsx'), role: 'admin' },
  { path: '/admin/review/:survey/keying', load: () => import('./admin/review/KeyingStatsPage.tsx'), role: 'admin' },
  { path: '/admin/results/:survey?', load: () => import('./admin/results/ResultsPage.tsx'), menu: 'results.nav', role: 'admin' },
  { path: '/admin/quarantine', load: () => import('./admin/review/QuarantinePage.tsx'), menu: 'quarantine.nav', role: 'admin' },
  { path: '/admin/batches', load: () => import('./admin/review/BatchesPage.tsx'), menu: 'batches.nav', role: 'admin', officeWide: true },
  { path: '/admin/exports', load: () => import('./admin/ExportPage.tsx'), menu: 'export.nav', role: 'admin' },
  { path: '/admin/report', load: () => import('./admin/report/ReportPage.tsx'), menu: 'report.nav', role: 'admin' },
  { path: '/admin/quota/:survey?', load: () => import('./admin/ProvinceDashboardPage.tsx'), menu: 'quota.nav.province', role: 'admin' },
  { path: '/admin/share-links/:survey?', load: () => import('./admin/ShareLinksPage.tsx'), menu: 'quota.nav.shareLinks', role: 'admin' },
  { path: '/admin/online-links/:survey?', load: () => import('./admin/online-links/OnlineLinksPage.tsx'), menu: 'onlineLinks.nav', role: 'admin' },
  { path: '/admin/audit', load: () => import('./admin/AuditPage.tsx'), menu: 'audit.nav', role: 'admin', officeWide: true },
  { path: '/admin/backups', load: () => import('./admin/BackupsPage.tsx'), menu: 'backups.nav', role: 'admin', officeWide: true },
];
