// Path patterns of the route table: "/interviews/:id" captures one segment, "/admin/quota/:survey?" one segment
// or none (only as the last part), "/share/*rest" the rest of the path (possibly empty), "*" anything. Plain
// functions, tested on their own.

export type Params = Readonly<Record<string, string>>;

/** The pattern's parameters for this path, or null when it does not match. Trailing slashes do not matter. */
export function matchPath(pattern: string, pathname: string): Params | null {
  const wanted = segmentsOf(pattern);
  const given = segmentsOf(pathname);
  const params: Record<string, string> = {};
  for (const [i, part] of wanted.entries()) {
    if (part.startsWith('*')) {
      if (part.length > 1) params[part.slice(1)] = given.slice(i).map(decode).join('/');
      return params;
    }
    const segment = given[i];
    if (segment === undefined) return part.startsWith(':') && part.endsWith('?') && i === wanted.length - 1 ? params : null;
    if (part.startsWith(':')) params[part.slice(1).replace(/\?$/, '')] = decode(segment);
    else if (part !== segment) return null;
  }
  return given.length === wanted.length ? params : null;
}

/** The first route whose pattern matches, with its parameters. */
export function findRoute<R extends { path: string }>(routes: readonly R[], pathname: string): { route: R; params: Params } | null {
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return null;
}

/** The address a pattern's menu link goes to: the pattern up to its first parameter ("/admin/quota/:survey?"
 * → "/admin/quota"). */
export function staticPrefix(pattern: string): string {
  const kept: string[] = [];
  for (const part of segmentsOf(pattern)) {
    if (part.startsWith(':') || part.startsWith('*')) break;
    kept.push(part);
  }
  return `/${kept.join('/')}`;
}

function segmentsOf(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

/** A malformed escape ("%E0") is kept as typed rather than breaking the page. */
function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
