// Every endpoint of the API as data: method, path, parameters and, for each status, what it returns. The server
// implements each route (src/server/routes/*), the OpenAPI document at /api/openapi.json is generated from them,
// and the workbench's client is typed by them (ApiType, index.ts): one declaration for all three.
import { createRoute, z } from '@hono/zod-openapi';
import { ErrorBody, IdParam, RowIdParam } from './common.js';
import { ConflictList, DocumentDetail, DocumentList, DocumentsQuery, RegionList, RegionsQuery, TasksQuery, TasksResult, UploadQuery, UploadResult } from './documents.js';
import { Health, IndicatorList, IndicatorsQuery } from './library.js';
import { LedgerQuery, LedgerResult } from './ledger.js';
import { ProjectsQuery, ProjectsResult } from './projects.js';
import { CommitmentReviewBody, Correction, CorrectionList, CorrectionsQuery, FactReviewBody, StatusReviewBody } from './reviews.js';
import {
  CompareQuery,
  CompareResult,
  FollowUp,
  FollowUpQuery,
  PanelPage,
  PanelQuery,
  SearchQuery,
  SearchResult,
  TermsQuery,
  TermsResult,
  TrackQuery,
  TrackResult,
  YearOverYear,
  YoyQuery,
} from './tables.js';

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } });
const errors = { 400: error('invalid parameters'), 404: error('not found') };

/** A JSON answer. */
const ok = <T extends z.ZodType>(schema: T, description: string) => ({ 200: { description, content: { 'application/json': { schema } } }, ...errors });

const download = z.string().openapi({ format: 'binary' });
/** A table: JSON, or with ?format=csv|xlsx a download of the same rows. */
const table = <T extends z.ZodType>(schema: T, description: string) => ({
  200: {
    description: `${description} (?format=csv or xlsx: a download)`,
    content: {
      'application/json': { schema },
      'text/csv': { schema: download },
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: download },
    },
  },
  ...errors,
});

export const health = createRoute({ method: 'get', path: '/api/health', summary: 'the library’s counts and extractor', responses: ok(Health, 'the library') });

export const indicators = createRoute({
  method: 'get',
  path: '/api/indicators',
  summary: 'indicator ids, names and aliases (what every indicator parameter accepts)',
  request: { query: IndicatorsQuery },
  responses: table(IndicatorList, 'the lexicon'),
});

export const documents = createRoute({
  method: 'get',
  path: '/api/documents',
  summary: 'the library: reports by level, region, year',
  request: { query: DocumentsQuery },
  responses: table(DocumentList, 'a page of reports'),
});

export const regions = createRoute({
  method: 'get',
  path: '/api/regions',
  summary: 'the regions of the library’s reports, with their report years',
  request: { query: RegionsQuery },
  responses: ok(RegionList, 'regions'),
});

export const conflicts = createRoute({
  method: 'get',
  path: '/api/conflicts',
  summary: 'region-years with more than one report (not the same text): which one the tables use',
  responses: ok(ConflictList, 'conflicts'),
});

export const upload = createRoute({
  method: 'post',
  path: '/api/documents',
  summary: 'upload one report file (any format ingest reads; body = the file, name in ?name= or X-Filename)',
  request: { query: UploadQuery },
  responses: { ...ok(UploadResult, 'what was stored'), 401: error('a token is needed'), 413: error('too large') },
});

export const document = createRoute({
  method: 'get',
  path: '/api/documents/{id}',
  summary: 'one report: text, parts, facts, commitments, projects, pledges (spans into text)',
  request: { params: IdParam },
  responses: ok(DocumentDetail, 'the report'),
});

export const tasks = createRoute({
  method: 'get',
  path: '/api/documents/{id}/tasks',
  summary: 'the task list: a report’s commitments, by section, action and quantified-or-not',
  request: { params: IdParam, query: TasksQuery },
  responses: table(TasksResult, 'commitments'),
});

export const ledger = createRoute({
  method: 'get',
  path: '/api/documents/{id}/ledger',
  summary: 'the supervision ledger (督查台账): each commitment numbered part-paragraph-item, with its status and evidence once the next report is in the library',
  request: { params: IdParam, query: LedgerQuery },
  responses: table(LedgerResult, 'the ledger'),
});

export const compare = createRoute({
  method: 'get',
  path: '/api/compare',
  summary: 'region × (indicator, measure) table of headline figures for one year',
  request: { query: CompareQuery },
  responses: table(CompareResult, 'the table'),
});

export const panel = createRoute({
  method: 'get',
  path: '/api/panel',
  summary: 'long-format panel: one row per fact (pages: X-Has-More, X-Next-Offset)',
  request: { query: PanelQuery },
  responses: table(PanelPage, 'rows'),
});

export const track = createRoute({
  method: 'get',
  path: '/api/track',
  summary: 'target (report Y) vs result (report Y+1) per year for a region; with one year and level/within: who missed by most',
  request: { query: TrackQuery },
  responses: table(TrackResult, 'rows'),
});

export const followUp = createRoute({
  method: 'get',
  path: '/api/track/commitments',
  summary: 'for each commitment of report Y, the likeliest follow-up sentences of report Y+1’s review',
  request: { query: FollowUpQuery },
  responses: table(FollowUp, 'items'),
});

export const projects = createRoute({
  method: 'get',
  path: '/api/projects',
  summary: 'projects across years: the same named project in one region’s successive reports, the stage each report states (谋划 → 开工 → 建成) with its sentence, and a derived status',
  request: { query: ProjectsQuery },
  responses: table(ProjectsResult, 'timelines'),
});

export const search = createRoute({
  method: 'get',
  path: '/api/search',
  summary: 'full-text search: hits with region, year, part, section and a marked snippet',
  request: { query: SearchQuery },
  responses: table(SearchResult, 'hits'),
});

export const terms = createRoute({
  method: 'get',
  path: '/api/terms',
  summary: 'frequency of words per report (per 10,000 characters)',
  request: { query: TermsQuery },
  responses: table(TermsResult, 'rows'),
});

export const yoy = createRoute({
  method: 'get',
  path: '/api/yoy',
  summary: 'two consecutive reports of a region: targets of both years, last year’s commitments with this year’s likely follow-up, words that rose or fell',
  request: { query: YoyQuery },
  responses: ok(YearOverYear, 'the comparison'),
});

export const reviewFact = createRoute({
  method: 'post',
  path: '/api/facts/{id}/review',
  summary: 'confirm, edit (value, qualifier, indicator) or reject a fact; kept with time, before, after and note',
  request: { params: RowIdParam, body: { content: { 'application/json': { schema: FactReviewBody } }, required: true } },
  responses: { ...ok(Correction, 'the correction'), 401: error('a token is needed'), 413: error('body too large') },
});

export const reviewCommitment = createRoute({
  method: 'post',
  path: '/api/commitments/{id}/review',
  summary: 'confirm, edit (action, object, deadline) or reject a commitment',
  request: { params: RowIdParam, body: { content: { 'application/json': { schema: CommitmentReviewBody } }, required: true } },
  responses: { ...ok(Correction, 'the correction'), 401: error('a token is needed'), 413: error('body too large') },
});

export const reviewStatus = createRoute({
  method: 'post',
  path: '/api/commitments/{id}/status',
  summary: 'confirm or correct a commitment’s follow-up status (已完成, 有进展, 未见回应) against the next report in the library; kept in the audit trail with who, when, before and after',
  request: { params: RowIdParam, body: { content: { 'application/json': { schema: StatusReviewBody } }, required: true } },
  responses: { ...ok(Correction, 'the correction'), 401: error('a token is needed'), 413: error('body too large') },
});

export const corrections = createRoute({
  method: 'get',
  path: '/api/corrections',
  summary: 'the audit trail of corrections, newest first',
  request: { query: CorrectionsQuery },
  responses: table(CorrectionList, 'corrections'),
});
