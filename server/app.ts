// Builds the whole HTTP app from its dependencies: security headers, body limits, who-is-calling, the API
// sub-apps, the built client, and the one error handler. Tests call `createApp(deps).request(...)`.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { problem } from '#shared/problems.ts';
import type { AppEnv, Deps } from './deps.ts';
import { identify } from './http/auth.ts';
import { refuseCrossSite } from './http/csrf.ts';
import { requestLog } from './http/request-log.ts';
import { requireFullAdmin, requireManagedSurvey } from './http/survey-manager.ts';
import { onError, onNotFound } from './http/problem.ts';
import { adminAccountRoutes } from './routes/admin-accounts.ts';
import { adminSurveyRoutes } from './routes/admin-surveys.ts';
import { adminQuestionnaireRoutes } from './routes/admin-questionnaires.ts';
import { auditRoutes } from './routes/audit.ts';
import { backupRoutes } from './routes/backups.ts';
import { adminDeviceRoutes } from './routes/admin-devices.ts';
import { adminQuarantineRoutes } from './routes/admin-quarantine.ts';
import { adminHandoverRoutes } from './routes/admin-handover.ts';
import { adminBatchRoutes, adminInventoryRoutes } from './routes/admin-batches.ts';
import { adminReviewRoutes } from './routes/admin-review.ts';
import { adminReviewUnitRoutes } from './routes/admin-review-units.ts';
import { adminReviewKeyingRoutes } from './routes/admin-review-keying.ts';
import { exportRoutes } from './routes/exports.ts';
import { resultRoutes, unitResultRoutes } from './routes/results.ts';
import { reportRoutes } from './routes/reports.ts';
import { authRoutes } from './routes/auth.ts';
import { deviceRoutes } from './routes/devices.ts';
import { deviceStateRoutes } from './routes/device-state.ts';
import { healthRoutes } from './routes/health.ts';
import { surveyRoutes } from './routes/surveys.ts';
import { quotaRoutes } from './routes/quota.ts';
import { shareLinkRoutes } from './routes/share-links.ts';
import { onlineLinkRoutes } from './routes/online-links.ts';
import { respondRoutes } from './routes/respond.ts';
import { syncEnvelope, syncRoutes } from './routes/sync.ts';
import { serveClient } from './http/static.ts';

export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.onError(onError);
  app.notFound(onNotFound);
  if (deps.config.log) app.use(requestLog(deps.config.logLine));

  app.use(secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      connectSrc: ["'self'"],
      workerSrc: ["'self'"],
      manifestSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
    },
    referrerPolicy: 'no-referrer',
    // One frame policy: never framed, said twice for browsers that know only the older header.
    xFrameOptions: 'DENY',
  }));

  const api = new Hono<AppEnv>();
  // Before anything reads a body or a cookie: a cross-site write is refused whatever it carries (http/csrf.ts).
  api.use(refuseCrossSite(deps.config));
  // Sync batches carry whole interviews: /api/sync has its own larger limit (routes/sync.ts), not this one.
  api.use('/sync/*', syncEnvelope(deps));
  const ordinaryLimit = bodyLimit({
    maxSize: deps.config.bodyLimitBytes,
    onError: () => { throw problem('request.tooLarge', { limit: `${Math.round(deps.config.bodyLimitBytes / 1024)} KB` }); },
  });
  // The hand-over import carries a sync batch too (routes/admin-handover.ts sets its limit).
  api.use((c, next) => (c.req.path.startsWith('/api/sync/') || c.req.path === '/api/admin/handover' ? next() : ordinaryLimit(c, next)));
  // Answers are political opinions: never let a proxy or the browser's shared cache keep API responses.
  api.use(async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  // CSRF: refuseCrossSite above checks Sec-Fetch-Site / Origin on every write; JSON-only bodies (readJson) and
  // the SameSite=Strict cookie stay as further layers.
  api.use(identify(deps));
  // A survey manager reaches only its surveys, on every admin route that names one, and not the office-wide
  // routes (audit log, backups, devices); the routes reading a survey from a body or a row check it themselves (decision 0012).
  api.use('/admin/exports/:slug/*', requireManagedSurvey(deps, { param: 'slug' }));
  api.use('/admin/exports/:slug', requireManagedSurvey(deps, { param: 'slug' }));
  api.use('/admin/results/:slug/*', requireManagedSurvey(deps, { param: 'slug' }));
  api.use('/admin/results/:slug', requireManagedSurvey(deps, { param: 'slug' }));
  api.use('/admin/reports/:slug/*', requireManagedSurvey(deps, { param: 'slug' }));
  api.use('/admin/reports/:slug', requireManagedSurvey(deps, { param: 'slug' }));
  api.use('/unit-results/:slug/*', requireManagedSurvey(deps, { param: 'slug' }));
  api.use('/quota/:survey/*', requireManagedSurvey(deps, { param: 'survey' }));
  api.use('/quota/:survey', requireManagedSurvey(deps, { param: 'survey' }));
  api.use('/share-links', requireManagedSurvey(deps, { query: 'survey' }));
  api.use('/online-links', requireManagedSurvey(deps, { query: 'survey' }));
  api.use('/admin/review/:survey/*', requireManagedSurvey(deps, { param: 'survey' }));
  for (const path of ['/admin/audit', '/admin/backups', '/admin/devices', '/admin/handover', '/admin/batches', '/admin/inventory']) {
    api.use(path, requireFullAdmin(deps));
    api.use(`${path}/*`, requireFullAdmin(deps));
  }
  api.route('/health', healthRoutes(deps));
  api.route('/auth', authRoutes(deps));
  api.route('/devices', deviceRoutes(deps));
  api.route('/device/state', deviceStateRoutes(deps));
  api.route('/surveys', surveyRoutes(deps));
  api.route('/admin/accounts', adminAccountRoutes(deps));
  api.route('/admin/exports', exportRoutes(deps));
  api.route('/admin/results', resultRoutes(deps));
  api.route('/admin/reports', reportRoutes(deps));
  api.route('/unit-results', unitResultRoutes(deps));
  api.route('/admin/audit', auditRoutes(deps));
  api.route('/admin/backups', backupRoutes(deps));
  api.route('/admin/devices', adminDeviceRoutes(deps));
  api.route('/admin/quarantine', adminQuarantineRoutes(deps));
  api.route('/admin/handover', adminHandoverRoutes(deps));
  api.route('/admin/review', adminReviewRoutes(deps));
  api.route('/admin/review', adminReviewUnitRoutes(deps));
  api.route('/admin/review', adminReviewKeyingRoutes(deps));
  api.route('/admin/batches', adminBatchRoutes(deps));
  api.route('/admin/inventory', adminInventoryRoutes(deps));
  api.route('/admin/surveys', adminSurveyRoutes(deps));
  api.route('/admin/surveys', adminQuestionnaireRoutes(deps));
  api.route('/quota', quotaRoutes(deps));
  api.route('/share-links', shareLinkRoutes(deps));
  api.route('/online-links', onlineLinkRoutes(deps));
  api.route('/respond', respondRoutes(deps));
  api.route('/sync', syncRoutes(deps));
  api.all('*', (c) => onNotFound(c));
  app.route('/api', api);

  if (deps.config.staticDir) app.route('/', serveClient(deps.config.staticDir));
  return app;
}

export type App = ReturnType<typeof createApp>;
