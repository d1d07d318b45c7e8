// The office's part of the app (/admin/…), one lazy chunk loaded only after the admin role check: its route table
// drawn from office-pages.ts, each page a lazy chunk of its own inside the office frame. Keeping the table here
// rather than in app.tsx keeps every office line, loader and check off the phone's entry chunk.
import { lazy } from 'solid-js';
import { Navigate, Router, type Route } from '../router/router.tsx';
import { staticPrefix } from '../router/match.ts';
import { requireRole, RequireOfficeWide } from '../components/RequireRole.tsx';
import NotFoundPage from '../pages/NotFoundPage.tsx';
import { OFFICE_PAGES, type OfficePage } from '../office-pages.ts';
import OfficeFrame from './OfficeFrame.tsx';

function officeRoute(entry: OfficePage): Route {
  return { path: entry.path, page: lazy(entry.load), within: [requireRole(entry.role), ...(entry.officeWide ? [RequireOfficeWide] : [])] };
}

const officeHome = staticPrefix(OFFICE_PAGES[0]?.path ?? '/');

const ROUTES: readonly Route[] = [
  { path: '/admin', page: () => <Navigate href={officeHome} /> },
  ...OFFICE_PAGES.map(officeRoute),
  { path: '*', page: NotFoundPage },
];

export default function OfficeArea() {
  return <Router root={OfficeFrame} routes={ROUTES} />;
}
