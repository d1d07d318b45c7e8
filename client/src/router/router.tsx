// The app's router: the browser's history as one signal, a flat route table matched in order, and the hooks
// and links the pages use. Our own small one instead of @solidjs/router, which brought its data layer (actions,
// preloading, form interception) to every phone: about 5 KB gzipped of the 80 KB budget (decision 0010).
import {
  createContext, createMemo, createSignal, onMount, Show, splitProps, untrack, useContext,
  type Component, type JSX, type ParentComponent,
} from 'solid-js';
import { findRoute, type Params } from './match.ts';
import { mayLeave } from './leave-guard.ts';

export type Route = {
  path: string;
  page: Component;
  /** Guards and frames around the page, outermost first (RequireSignIn, RequireDevice). */
  within?: readonly ParentComponent[];
};
export type NavigateOptions = { replace?: boolean };

const [location, setLocation] = createSignal(currentLocation());
/** Where the current entry stands in the tab's history (kept in its state), so that the back or forward button
 * refused by a leave guard can be undone by going the same distance the other way. */
let position = 0;
/** Set while undoing a refused back/forward: the popstate that undo causes is not a navigation. */
let undoing = false;
if (typeof window !== 'undefined') {
  position = positionOf(history.state);
  history.replaceState({ position }, '', window.location.href);
  window.addEventListener('popstate', (event) => {
    if (undoing) {
      undoing = false;
      return;
    }
    const target = positionOf(event.state);
    if (window.location.pathname !== untrack(location).pathname && !mayLeave()) {
      undoing = true;
      history.go(position - target);
      return;
    }
    position = target;
    setLocation(currentLocation());
  });
}

function currentLocation(): { pathname: string; search: string } {
  return typeof window === 'undefined' ? { pathname: '/', search: '' } : { pathname: window.location.pathname, search: window.location.search };
}

function positionOf(state: unknown): number {
  const value = (state as { position?: unknown } | null)?.position;
  return typeof value === 'number' ? value : 0;
}

/** The current address: its path and query string, reactive. */
export const useLocation = () => location;

/** Goes to an address of the app without reloading; a new page starts at the top (a query change keeps the
 * place). Leaving a page with unsaved changes asks first (leave-guard.ts). Called from an effect, it tracks
 * nothing: an effect that sets the query string must not re-run because the address changed. */
export function navigate(to: string, options: NavigateOptions = {}): void {
  const url = new URL(to, window.location.href);
  const next = url.pathname + url.search + url.hash;
  if (next === window.location.pathname + window.location.search + window.location.hash) return;
  const pageChanged = url.pathname !== untrack(location).pathname;
  if (pageChanged && !mayLeave()) return;
  if (options.replace) history.replaceState({ position }, '', next);
  else history.pushState({ position: ++position }, '', next);
  setLocation(currentLocation());
  if (pageChanged) window.scrollTo(0, 0);
}

export const useNavigate = () => navigate;

const ParamsContext = createContext<() => Params>(() => ({}));

/** The current route's parameters; reading one is reactive (the same page may show another id). */
export function useParams<T extends Record<string, string | undefined>>(): T {
  const params = useContext(ParamsContext);
  return new Proxy({}, { get: (_, key) => (typeof key === 'string' ? params()[key] : undefined) }) as T;
}

/** The query string as reactive fields, and a setter that merges (undefined removes a field). */
export function useSearchParams<T extends Record<string, string | undefined>>(): [T, (changes: Partial<T>, options?: NavigateOptions) => void] {
  const search = createMemo(() => new URLSearchParams(location().search));
  const read = new Proxy({}, { get: (_, key) => (typeof key === 'string' ? search().get(key) ?? undefined : undefined) }) as T;
  const set = (changes: Partial<T>, options?: NavigateOptions) => {
    const next = new URLSearchParams(untrack(location).search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === null || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    const query = next.toString();
    navigate(untrack(location).pathname + (query ? `?${query}` : ''), options);
  };
  return [read, set];
}

/** Renders the first route matching the address inside `root`; the page stays mounted while only its
 * parameters change. */
export function Router(props: { root: ParentComponent; routes: readonly Route[] }) {
  const match = createMemo(() => findRoute(props.routes, location().pathname));
  const route = createMemo(() => match()?.route);
  const params = createMemo(() => match()?.params ?? {}, undefined, { equals: sameParams });
  return (
    <props.root>
      <ParamsContext.Provider value={params}>
        <Show when={route()} keyed>
          {(current) => (current.within ?? []).reduceRight<() => JSX.Element>(
            (inner, Frame) => () => <Frame>{inner()}</Frame>,
            () => <current.page />,
          )()}
        </Show>
      </ParamsContext.Provider>
    </props.root>
  );
}

function sameParams(a: Params, b: Params): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** A link inside the app: followed without a reload; a modified click (new tab) is left to the browser.
 * The link to the current page carries aria-current="page". */
export function A(props: Omit<JSX.AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'> & { href: string }) {
  const [own, rest] = splitProps(props, ['href']);
  const follow = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(own.href);
  };
  const current = () => (new URL(own.href, window.location.href).pathname === location().pathname ? 'page' : undefined);
  return <a {...rest} href={own.href} aria-current={current()} onClick={follow} />;
}

/** Goes elsewhere as soon as it is shown, replacing the current entry (a guard's redirect). */
export function Navigate(props: { href: string }) {
  onMount(() => navigate(props.href, { replace: true }));
  return null;
}
