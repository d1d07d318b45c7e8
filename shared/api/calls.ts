// How a client calls a route of the registry (registry.ts): the types of its path parameters, query, body and answer,
// read from the registry as types only, and the URL of one call. No zod at run time: the phone imports this module.
import type * as z from 'zod/mini';
import type { Api, RouteKey } from './registry.ts';

type AnswerOf<K extends RouteKey> = Api[K]['answer'];
type PathOf<K extends RouteKey> = K extends `${string} ${infer P}` ? P : never;

/** A client's routes: one method each (the `ALL` fences only refuse). */
export type Route = Exclude<RouteKey, `ALL ${string}`>;
/** Routes that answer JSON of a schema, and routes that answer 204 (a file's route is a link: `routeUrl`). */
export type JsonRoute = { [K in Route]: AnswerOf<K> extends { json: z.ZodMiniType } ? K : never }[Route];
export type EmptyRoute = { [K in Route]: AnswerOf<K> extends { status: 204 } ? K : never }[Route];

export type ResponseOf<K extends JsonRoute> = z.output<Extract<AnswerOf<K>, { json: z.ZodMiniType }>['json']>;
export type BodyOf<K extends Route> = Api[K] extends { body: infer S extends z.ZodMiniType } ? z.input<S> : never;
export type QueryOf<K extends Route> = Api[K] extends { query: infer S extends z.ZodMiniType } ? z.input<S> : never;

/** The `:name` segments of a path: `/api/quota/:survey/units/:unitNo` → `{ survey: string; unitNo: string }`. */
export type ParamsOf<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? { [N in Name]: string } & ParamsOf<Rest>
  : P extends `${string}:${infer Name}` ? { [N in Name]: string } : unknown;

type Part<Key extends string, T> = [T] extends [never] ? { [P in Key]?: undefined }
  : object extends T ? { [P in Key]?: T } : { [P in Key]: T };

/** What a call names besides its route: path parameters, query and JSON body, each required when the route has one. */
export type CallParts<K extends Route> = Part<'params', ParamsOf<PathOf<K>> extends infer P ? (unknown extends P ? never : P) : never>
  & Part<'query', QueryOf<K>> & Part<'json', BodyOf<K>>;

/** The parts of any call, as `fillRoute` reads them. */
export type LooseParts = { params?: Record<string, string>; query?: Record<string, string | undefined> };

/** The URL of a call: `:name` segments filled in (URI-encoded) and the query appended. */
export function routeUrl<K extends Route>(route: K, parts: CallParts<K>): string {
  return fillRoute(route, parts as LooseParts);
}

/** routeUrl for any `METHOD path` (`GET /api/x/:id`), typed loosely: for tests and generic callers. Kept small: the
 * phone carries it. */
export function fillRoute(route: string, { params = {}, query = {} }: LooseParts): string {
  const path = route.slice(route.indexOf(' ') + 1).replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined)).toString();
  return search ? `${path}?${search}` : path;
}
