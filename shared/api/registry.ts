// Every route of the API in one table: who may call it, what it reads (path, query, JSON body) and what it answers.
// The contract test walks this table against the Hono app, so a route added without its entry, or answering a
// shape its schema refuses, fails; the client reads its request types from it as types only (calls.ts).
import * as z from 'zod/mini';
import { ROLES, type Role } from '../accounts/schema.ts';
import { LanguageSchema } from '../i18n/message.ts';
import type { ProblemCode } from '../problems.ts';
import { SlugSchema } from '../survey/survey.ts';
import { BatchResponseV1Schema, BatchV1Schema } from '../sync/messages.ts';
import {
  AccountListResponseSchema, AccountResponseSchema, CreateAccountRequestSchema, ImportAccountsRequestSchema, ImportPreviewSchema,
  ImportResultSchema, ResetPasswordResponseSchema, SetAssignmentsRequestSchema, UpdateAccountRequestSchema,
} from './admin.ts';
import { AuditListResponseSchema, AuditQuerySchema, BackupListResponseSchema, CreatedBackupResponseSchema } from './audit.ts';
import {
  ChangePasswordRequestSchema, MeResponseSchema, RecoveryCodesSchema, RegisterDeviceRequestSchema, RegisterDeviceResponseSchema,
  SecondFactorRequestSchema, SignInRequestSchema, SignInResponseSchema, TwoFactorEnrolmentSchema,
} from './auth.ts';
import { DeviceStateSchema } from './device.ts';
import {
  DeviceListQuerySchema, DeviceListResponseSchema, DeviceResponseSchema, QuarantineDetailSchema, QuarantineDiscardRequestSchema,
  QuarantineFixRequestSchema, QuarantineListQuerySchema, QuarantineListResponseSchema, QuarantineResolvedResponseSchema,
} from './devices.ts';
import { ExportCountResponseSchema, ExportFiltersQuerySchema, ExportQuerySchema } from './exports.ts';
import { BatchDetailSchema, BatchListQuerySchema, BatchListResponseSchema, DeviceInventorySchema } from './batches.ts';
import { HealthResponseSchema } from './health.ts';
import { CrosstabQuerySchema, ResultsQuerySchema, TextsQuerySchema } from '../tables/query.ts';
import { CrosstabResponseSchema, ResultsResponseSchema, TextsResponseSchema, UnitBoardsSettingSchema } from '../tables/schema.ts';
import { CodingRequestSchema, CodingResponseSchema } from '../coding/schema.ts';
import {
  BulkApproveResponseSchema, CorrectionRequestSchema, DoubleKeyingResponseSchema, ReconcileRequestSchema, FlagDecisionRequestSchema, KeyingQuerySchema, KeyingResponseSchema, ReviewActionRequestSchema, ReviewDetailSchema,
  ReviewItemResponseSchema, ReviewListQuerySchema, ReviewListResponseSchema, SameAnswersResponseSchema, SerialRegistrySchema,
} from './review.ts';
import { ReportQuerySchema } from '../report/request.ts';
import { ReportOutlineSchema } from '../report/schema.ts';
import {
  CreatedShareLinkSchema, CreateShareLinkRequestSchema, ProvinceDashboardSchema, ShareLinkListSchema,
  ShareLinkResponseSchema, UnitDashboardSchema,
} from './quota.ts';
import {
  AdminSurveyListSchema, AdminSurveySchema, ArchiveRequestSchema, CopyVersionRequestSchema, CreateSurveyRequestSchema,
  ManagersRequestSchema, ManagersResponseSchema, ReplaceUnitsRequestSchema, SubQuotasRequestSchema, SurveyManagersRequestSchema, TemplateListSchema,
  UnitsFileRequestSchema, UnitsPreviewSchema, VersionResponseSchema,
} from './survey-admin.ts';
import { SurveyListResponseSchema } from './surveys.ts';
import { QuestionnaireDraftSchema, SaveDraftRequestSchema, XlsformFileRequestSchema, XlsformPreviewSchema } from './questionnaires.ts';
import { ImportHandoverRequestSchema, ImportHandoverResponseSchema } from '../handover/schema.ts';
import { SurveySettingsSchema } from '../survey/settings.ts';
import {
  CreateOnlineLinkRequestSchema, OnlineLinkListSchema, OnlineLinkResponseSchema, RespondentFormSchema, RespondentReceiptSchema,
  RespondentSubmissionSchema, SetOnlineLinkStateRequestSchema, TicketQuerySchema,
} from '../online/schema.ts';

/**
 * Who may call a route (server/http/auth.ts `requireRole`): anyone, or an account of one of `roles` — through a web
 * session only unless `via` says `device` (a device's bearer token only) or `any` (either). Device tokens open the
 * device and sync routes and nothing else. No credentials: 401; another role or the other kind of credentials: 403.
 * A disabled account is refused (403) unless `allowDisabled`; a revoked or expired token is refused (401) unless
 * `allowLapsedDevice` (sync uploads: quarantined, never lost).
 */
export type Access =
  | 'public'
  | {
    readonly roles: readonly Role[]; readonly via?: 'session' | 'device' | 'any';
    readonly allowDisabled?: true; readonly allowLapsedDevice?: true;
  };

/** What a route answers when it succeeds: JSON of a schema, no content, a file download, or (a fence) a refusal. */
export type Answer =
  | { readonly status: 200 | 201; readonly json: z.ZodMiniType }
  | { readonly status: 204 }
  | { readonly status: 200; readonly file: readonly string[] }
  | { readonly status: 403 | 404; readonly refuses: ProblemCode };

export type RouteSpec = {
  readonly access: Access;
  /** Query parameters the route reads, as the text sent. */
  readonly query?: z.ZodMiniType;
  /** The JSON body the route reads (application/json, validated by the server). */
  readonly body?: z.ZodMiniType;
  readonly answer: Answer;
};

const signedIn = { roles: ROLES } as const;
const admin = { roles: ['admin'] } as const;
/** The accounts that sync, hence the only ones holding device tokens. */
const syncing = ['enumerator', 'admin'] as const;
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const LangQuerySchema = z.object({ lang: z.optional(LanguageSchema) });

/**
 * Keys are `METHOD path` exactly as the Hono app lists them (`:name` a path parameter). Every refusal, of every
 * route, is a ProblemBody (api/problem.ts). `ALL` entries are fences: paths that exist only to refuse.
 */
export const API = {
  'GET /api/health': { access: 'public', answer: { status: 200, json: HealthResponseSchema } },
  // The answer is the account, or the step it must take next (a second factor, a new password, an enrolment).
  'POST /api/auth/sign-in': { access: 'public', body: SignInRequestSchema, answer: { status: 200, json: SignInResponseSchema } },
  // The credential is the session the password step opened, still waiting for its code: public to the role check,
  // refused (401) to anyone without one.
  'POST /api/auth/second-factor': { access: 'public', body: SecondFactorRequestSchema, answer: { status: 200, json: SignInResponseSchema } },
  // One's own password, also as the step after a temporary one. A wrong current password is 400, not 401.
  'POST /api/auth/password': {
    access: { roles: ROLES, via: 'session' }, body: ChangePasswordRequestSchema, answer: { status: 200, json: SignInResponseSchema },
  },
  'POST /api/auth/two-factor/start': { access: { roles: ['admin'], via: 'session' }, answer: { status: 200, json: TwoFactorEnrolmentSchema } },
  'POST /api/auth/two-factor/confirm': {
    access: { roles: ['admin'], via: 'session' }, body: SecondFactorRequestSchema, answer: { status: 200, json: RecoveryCodesSchema },
  },
  'POST /api/auth/sign-out': { access: 'public', answer: { status: 204 } },
  'GET /api/auth/me': { access: signedIn, answer: { status: 200, json: MeResponseSchema } },
  // A device token is handed out only to someone who just proved their password (a session, never a token), and
  // only to the accounts that sync. Another account's device id: 409 device.taken.
  'POST /api/devices': {
    access: { roles: syncing }, body: RegisterDeviceRequestSchema,
    answer: { status: 201, json: RegisterDeviceResponseSchema },
  },
  // Someone else's device (unless the caller is an admin) is 404 like an unknown one: the answer tells nothing.
  'POST /api/devices/:id/revoke': { access: { roles: syncing, via: 'any' }, answer: { status: 204 } },
  'GET /api/device/state': { access: { roles: syncing, via: 'any' }, answer: { status: 200, json: DeviceStateSchema } },
  'GET /api/surveys': { access: signedIn, answer: { status: 200, json: SurveyListResponseSchema } },

  'GET /api/admin/accounts': { access: admin, answer: { status: 200, json: AccountListResponseSchema } },
  'POST /api/admin/accounts': { access: admin, body: CreateAccountRequestSchema, answer: { status: 201, json: AccountResponseSchema } },
  'POST /api/admin/accounts/:id/disable': { access: admin, answer: { status: 200, json: AccountResponseSchema } },
  'POST /api/admin/accounts/:id/enable': { access: admin, answer: { status: 200, json: AccountResponseSchema } },
  'GET /api/admin/devices': { access: admin, query: DeviceListQuerySchema, answer: { status: 200, json: DeviceListResponseSchema } },
  'POST /api/admin/devices/:id/revoke': { access: admin, answer: { status: 200, json: DeviceResponseSchema } },
  'GET /api/admin/quarantine': {
    access: admin, query: QuarantineListQuerySchema, answer: { status: 200, json: QuarantineListResponseSchema },
  },
  'POST /api/admin/quarantine/:id/accept': { access: admin, answer: { status: 200, json: QuarantineResolvedResponseSchema } },
  // Discarded with a reason (kept, marked, never deleted); one item with its payload as far as it parses; a payload
  // fixed by a person, accepted through the same checks as an upload (issue 20, decision 0019).
  'POST /api/admin/quarantine/:id/reject': { access: admin, body: QuarantineDiscardRequestSchema, answer: { status: 200, json: QuarantineResolvedResponseSchema } },
  'GET /api/admin/quarantine/:id': { access: admin, answer: { status: 200, json: QuarantineDetailSchema } },
  'POST /api/admin/quarantine/:id/fix': { access: admin, body: QuarantineFixRequestSchema, answer: { status: 200, json: QuarantineResolvedResponseSchema } },
  // A hand-over file (decision 0016), ingested as its signing device's account; refusals say why (handover.*).
  'POST /api/admin/handover': { access: admin, body: ImportHandoverRequestSchema, answer: { status: 200, json: ImportHandoverResponseSchema } },
  'POST /api/admin/accounts/:id': { access: admin, body: UpdateAccountRequestSchema, answer: { status: 200, json: AccountResponseSchema } },
  'POST /api/admin/accounts/:id/reset-password': { access: admin, answer: { status: 200, json: ResetPasswordResponseSchema } },
  'POST /api/admin/accounts/:id/assignments': {
    access: admin, body: SetAssignmentsRequestSchema, answer: { status: 200, json: AccountResponseSchema },
  },
  'POST /api/admin/accounts/:id/two-factor/disable': { access: admin, answer: { status: 200, json: AccountResponseSchema } },
  // The preview changes nothing; the import applies the same plan, all or nothing (account.csvInvalid otherwise).
  'POST /api/admin/accounts/import/preview': {
    access: admin, body: ImportAccountsRequestSchema, answer: { status: 200, json: ImportPreviewSchema },
  },
  'POST /api/admin/accounts/import': { access: admin, body: ImportAccountsRequestSchema, answer: { status: 200, json: ImportResultSchema } },
  // Survey setup (decision 0012). A survey manager reaching a survey it does not manage: 403 survey.notManaged.
  'GET /api/admin/surveys': { access: admin, answer: { status: 200, json: AdminSurveyListSchema } },
  'POST /api/admin/surveys': { access: admin, body: CreateSurveyRequestSchema, answer: { status: 201, json: AdminSurveySchema } },
  'GET /api/admin/surveys/templates': { access: admin, answer: { status: 200, json: TemplateListSchema } },
  'POST /api/admin/surveys/managers': { access: admin, body: ManagersRequestSchema, answer: { status: 200, json: ManagersResponseSchema } },
  'GET /api/admin/surveys/:slug': { access: admin, answer: { status: 200, json: AdminSurveySchema } },
  'POST /api/admin/surveys/:slug/settings': { access: admin, body: SurveySettingsSchema, answer: { status: 200, json: AdminSurveySchema } },
  // Reads a units file and answers what applying it would add, change and remove; nothing is stored.
  'POST /api/admin/surveys/:slug/units/preview': { access: admin, body: UnitsFileRequestSchema, answer: { status: 200, json: UnitsPreviewSchema } },
  'POST /api/admin/surveys/:slug/units': { access: admin, body: ReplaceUnitsRequestSchema, answer: { status: 200, json: AdminSurveySchema } },
  'POST /api/admin/surveys/:slug/sub-quotas': { access: admin, body: SubQuotasRequestSchema, answer: { status: 200, json: AdminSurveySchema } },
  'POST /api/admin/surveys/:slug/versions': { access: admin, body: CopyVersionRequestSchema, answer: { status: 201, json: VersionResponseSchema } },
  'POST /api/admin/surveys/:slug/versions/:version/publish': { access: admin, answer: { status: 200, json: VersionResponseSchema } },
  'POST /api/admin/surveys/:slug/open': { access: admin, answer: { status: 200, json: AdminSurveySchema } },
  'POST /api/admin/surveys/:slug/close': { access: admin, answer: { status: 200, json: AdminSurveySchema } },
  'POST /api/admin/surveys/:slug/managers': { access: admin, body: SurveyManagersRequestSchema, answer: { status: 200, json: AdminSurveySchema } },
  'POST /api/admin/surveys/:slug/archive': { access: admin, body: ArchiveRequestSchema, answer: { status: 200, json: AdminSurveySchema } },
  // Questionnaire versions (decision 0018): a draft is saved from the revision its editor loaded (a stale save is
  // 409 survey.draftStale, nothing changed); an XLSForm is previewed (nothing stored), then saved as a new draft.
  'GET /api/admin/surveys/:slug/versions/:version': { access: admin, answer: { status: 200, json: QuestionnaireDraftSchema } },
  'POST /api/admin/surveys/:slug/versions/:version/draft': {
    access: admin, body: SaveDraftRequestSchema, answer: { status: 200, json: QuestionnaireDraftSchema },
  },
  'GET /api/admin/surveys/:slug/versions/:version/xlsform': { access: admin, answer: { status: 200, file: [xlsx] } },
  'POST /api/admin/surveys/:slug/xlsform/preview': { access: admin, body: XlsformFileRequestSchema, answer: { status: 200, json: XlsformPreviewSchema } },
  'POST /api/admin/surveys/:slug/xlsform': { access: admin, body: XlsformFileRequestSchema, answer: { status: 201, json: QuestionnaireDraftSchema } },
  'GET /api/admin/exports/:slug/count': {
    access: admin, query: ExportFiltersQuerySchema, answer: { status: 200, json: ExportCountResponseSchema },
  },
  'GET /api/admin/exports/:slug': {
    access: admin, query: ExportQuerySchema,
    answer: { status: 200, file: ['application/x-spss-sav', 'application/zip', xlsx, 'text/csv'] },
  },
  // Results (issue 21, decision 0017): every question's table, and one cross-tab, under the exports' filters plus a
  // unit kind and number bands; a bad band list or cross-tab is a coded 400, a cross-tab of no interviews a 409.
  'GET /api/admin/results/:slug': { access: admin, query: ResultsQuerySchema, answer: { status: 200, json: ResultsResponseSchema } },
  'GET /api/admin/results/:slug/crosstab': {
    access: admin, query: CrosstabQuerySchema, answer: { status: 200, json: CrosstabResponseSchema },
  },
  // An open question's or an "other – specify" variable's texts, grouped as the coding groups them; `q` searches.
  'GET /api/admin/results/:slug/texts': { access: admin, query: TextsQuerySchema, answer: { status: 200, json: TextsResponseSchema } },
  // The Word report (issue 22, decision 0020): its outline (a refused cross-tab is named there, not an error), and the
  // .docx, whose download is audit-logged. Filters as the results'; a bad one is a coded 400.
  'GET /api/admin/reports/:slug/outline': { access: admin, query: ReportQuerySchema, answer: { status: 200, json: ReportOutlineSchema } },
  'GET /api/admin/reports/:slug': { access: admin, query: ReportQuerySchema, answer: { status: 200, file: [docx] } },
  // Texts of one variable given an existing code or a new one, stored beside the originals (audit: results.code).
  'POST /api/admin/results/:slug/codings': { access: admin, body: CodingRequestSchema, answer: { status: 200, json: CodingResponseSchema } },
  // Whether unit boards see their own unit's results (off by default; audit: results.unitBoards).
  'GET /api/admin/results/:slug/unit-boards': { access: admin, answer: { status: 200, json: UnitBoardsSettingSchema } },
  'POST /api/admin/results/:slug/unit-boards': { access: admin, body: UnitBoardsSettingSchema, answer: { status: 200, json: UnitBoardsSettingSchema } },
  // One unit's tables for its board, when the survey shares them (any refusal the same bare 403); an admin may look.
  'GET /api/unit-results/:slug/units/:unitNo': {
    access: { roles: ['admin', 'unit_board'] }, query: ResultsQuerySchema, answer: { status: 200, json: ResultsResponseSchema },
  },
  // The audit log (decision 0011): read-only, newest first; the CSV is formula-safe. Reading the CSV is logged too.
  'GET /api/admin/audit': { access: admin, query: AuditQuerySchema, answer: { status: 200, json: AuditListResponseSchema } },
  'GET /api/admin/audit/export.csv': {
    access: admin, query: z.extend(AuditQuerySchema, { lang: z.optional(LanguageSchema) }), answer: { status: 200, file: ['text/csv'] },
  },
  // Backups taken from the admin page (encrypted when the server has a backup key); taking and downloading are logged.
  'GET /api/admin/backups': { access: admin, answer: { status: 200, json: BackupListResponseSchema } },
  'POST /api/admin/backups': { access: admin, answer: { status: 201, json: CreatedBackupResponseSchema } },
  'GET /api/admin/backups/:name': { access: admin, answer: { status: 200, file: ['application/octet-stream'] } },
  // Review (issue 20, decision 0019). Every write names the revision and review version it was taken on: another
  // admin's change meanwhile is 409 review.changed; a refusal or a void without a reason is 400 review.reasonRequired.
  'GET /api/admin/review/:survey/interviews': {
    access: admin, query: ReviewListQuerySchema, answer: { status: 200, json: ReviewListResponseSchema },
  },
  'GET /api/admin/review/:survey/interviews/:id': { access: admin, answer: { status: 200, json: ReviewDetailSchema } },
  'POST /api/admin/review/:survey/interviews/:id/action': {
    access: admin, body: ReviewActionRequestSchema, answer: { status: 200, json: ReviewItemResponseSchema },
  },
  'POST /api/admin/review/:survey/interviews/:id/flags/:flag': {
    access: admin, body: FlagDecisionRequestSchema, answer: { status: 200, json: ReviewItemResponseSchema },
  },
  'POST /api/admin/review/:survey/interviews/:id/correction': {
    access: admin, body: CorrectionRequestSchema, answer: { status: 200, json: ReviewItemResponseSchema },
  },
  'POST /api/admin/review/:survey/units/:unitNo/approve-clean': { access: admin, answer: { status: 200, json: BulkApproveResponseSchema } },
  'POST /api/admin/review/:survey/units/:unitNo/same-answers': { access: admin, answer: { status: 200, json: SameAnswersResponseSchema } },
  // Sync uploads newest first, one upload's receipts, a device's last inventory against the server (office-wide).
  'GET /api/admin/batches': { access: admin, query: BatchListQuerySchema, answer: { status: 200, json: BatchListResponseSchema } },
  'GET /api/admin/batches/:id': { access: admin, answer: { status: 200, json: BatchDetailSchema } },
  'GET /api/admin/inventory/:deviceId': { access: admin, answer: { status: 200, json: DeviceInventorySchema } },
  // Each clerk's keying of paper forms: forms per hour, keys per form, corrections per 1,000 keys.
  'GET /api/admin/review/:survey/keying': { access: admin, query: KeyingQuerySchema, answer: { status: 200, json: KeyingResponseSchema } },
  // Double keying: second keyings beside their first, disagreements side by side; a reconciliation takes the picked
  // values into the first keying (a correction: the engine's checks, a reason) and makes it approvable.
  'GET /api/admin/review/:survey/double-keying': { access: admin, query: KeyingQuerySchema, answer: { status: 200, json: DoubleKeyingResponseSchema } },
  'POST /api/admin/review/:survey/double-keying/:id/reconcile': {
    access: admin, body: ReconcileRequestSchema, answer: { status: 200, json: ReviewItemResponseSchema },
  },
  'GET /api/admin/review/:survey/units/:unitNo/serials': { access: admin, answer: { status: 200, json: SerialRegistrySchema } },
  'GET /api/admin/review/:survey/units/:unitNo/serials.csv': { access: admin, query: LangQuerySchema, answer: { status: 200, file: ['text/csv'] } },

  'GET /api/quota/:survey': { access: admin, answer: { status: 200, json: ProvinceDashboardSchema } },
  'GET /api/quota/:survey/export.csv': { access: admin, query: LangQuerySchema, answer: { status: 200, file: ['text/csv'] } },
  'GET /api/quota/:survey/export.xlsx': { access: admin, query: LangQuerySchema, answer: { status: 200, file: [xlsx] } },
  // A unit board sees only its own units: any other unit, or survey, is the same bare 403.
  'GET /api/quota/:survey/units/:unitNo': {
    access: { roles: ['admin', 'unit_board'] }, answer: { status: 200, json: UnitDashboardSchema },
  },
  // Nothing else lives under /api/quota: a non-admin learns only "no", whatever the path.
  'ALL /api/quota/*': { access: admin, answer: { status: 404, refuses: 'route.notFound' } },

  // The token in the path is the credential: unknown 404, revoked 410.
  'GET /api/share-links/view/:token': { access: 'public', answer: { status: 200, json: UnitDashboardSchema } },
  'ALL /api/share-links/view/:token/*': { access: 'public', answer: { status: 403, refuses: 'auth.forbidden' } },
  'GET /api/share-links': {
    access: admin, query: z.object({ survey: SlugSchema }), answer: { status: 200, json: ShareLinkListSchema },
  },
  'POST /api/share-links': { access: admin, body: CreateShareLinkRequestSchema, answer: { status: 201, json: CreatedShareLinkSchema } },
  'POST /api/share-links/:id/revoke': { access: admin, answer: { status: 200, json: ShareLinkResponseSchema } },

  // Online self-completion (decision 0021): the admin's links, and the respondent's two public calls.
  'GET /api/online-links': {
    access: admin, query: z.object({ survey: SlugSchema }), answer: { status: 200, json: OnlineLinkListSchema },
  },
  'POST /api/online-links': { access: admin, body: CreateOnlineLinkRequestSchema, answer: { status: 201, json: OnlineLinkResponseSchema } },
  'POST /api/online-links/:id/state': { access: admin, body: SetOnlineLinkStateRequestSchema, answer: { status: 200, json: OnlineLinkResponseSchema } },
  'GET /api/online-links/:id/qr.svg': { access: admin, answer: { status: 200, file: ['image/svg+xml'] } },
  'GET /api/respond/:token': { access: 'public', query: TicketQuerySchema, answer: { status: 200, json: RespondentFormSchema } },
  'POST /api/respond/:token/submissions': { access: 'public', body: RespondentSubmissionSchema, answer: { status: 200, json: RespondentReceiptSchema } },

  // The body is routed by its `protocol` (server/sync/protocols.ts); version 1 is the one served today.
  // A disabled account's device, or a revoked or expired one, may still hand in: its interviews are quarantined.
  'POST /api/sync/batches': {
    access: { roles: syncing, via: 'device', allowDisabled: true, allowLapsedDevice: true }, body: BatchV1Schema,
    answer: { status: 200, json: BatchResponseV1Schema },
  },

  'ALL /api/*': { access: 'public', answer: { status: 404, refuses: 'route.notFound' } },
} as const satisfies Record<`${'GET' | 'POST' | 'ALL'} /api/${string}`, RouteSpec>;

export type Api = typeof API;
export type RouteKey = keyof Api;
