// The API's shapes and routes: zod schemas with their inferred types, no Node imports. The store and the analysis
// return these types, the server declares and validates with the schemas, and the workbench's client is typed by
// ApiType: one home for what the API says.
import type { Env, Handler, Hono, ToSchema } from 'hono';
import type { RouteConfig, RouteConfigToTypedResponse, RouteHandler } from '@hono/zod-openapi';
import type * as Routes from './routes.js';

export * from './common.js';
export * from './documents.js';
export * from './tables.js';
export * from './reviews.js';
export * from './library.js';
export * from './ledger.js';
export * from './projects.js';

type InputOf<R extends RouteConfig> = RouteHandler<R> extends Handler<Env, string, infer I, infer _O> ? I : never;
/** A route's answers as the client reads them: the JSON alone (a table's csv and xlsx downloads are links). */
type JsonOnly<R extends RouteConfig> = Omit<R, 'responses'> & {
  responses: { [S in keyof R['responses']]: R['responses'][S] extends { content: infer C } ? Omit<R['responses'][S], 'content'> & { content: Pick<C, 'application/json' & keyof C> } : R['responses'][S] };
};
type SchemaOf<R> = R extends RouteConfig & { getRoutingPath(): infer P extends string }
  ? ToSchema<R['method'], P, InputOf<R>, RouteConfigToTypedResponse<JsonOnly<R>>>
  : never;
type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** The API as one Hono type, for `hc<ApiType>()`: every route of routes.ts with its input and its answers. */
export type ApiType = Hono<Env, Intersection<{ [K in keyof typeof Routes]: SchemaOf<(typeof Routes)[K]> }[keyof typeof Routes]>, '/'>;
