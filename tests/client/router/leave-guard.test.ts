// The "leave with unsaved changes?" guard, through the router on a small fake of the browser's history: it
// asks before another page (navigate, the back button), not for a query change, undoes a refused back, keeps
// the tab from closing while dirty, and stops asking once removed.
import { createRoot } from 'solid-js';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as RouterModule from '#client/router/router.tsx';
import type * as LeaveGuardModule from '#client/router/leave-guard.ts';

type Listener = (event: { state?: unknown; preventDefault?: () => void; returnValue?: unknown }) => void;

/** Enough of window, location and history for the router: entries with their states, back/go firing popstate. */
function fakeBrowser() {
  const listeners = new Map<string, Set<Listener>>();
  const entries: { url: URL; state: unknown }[] = [{ url: new URL('http://phieu.test/admin/builder'), state: null }];
  let index = 0;
  const fire = (type: string, event: Parameters<Listener>[0]) => { for (const listener of listeners.get(type) ?? []) listener(event); };
  const current = () => entries[index]!;
  const location = {
    get href() { return current().url.href; },
    get pathname() { return current().url.pathname; },
    get search() { return current().url.search; },
    get hash() { return current().url.hash; },
  };
  const history = {
    get state() { return current().state; },
    get length() { return entries.length; },
    pushState(state: unknown, _title: string, url: string) {
      entries.splice(index + 1, entries.length, { url: new URL(url, location.href), state });
      index += 1;
    },
    replaceState(state: unknown, _title: string, url: string) { entries[index] = { url: new URL(url, location.href), state }; },
    go(delta: number) {
      index += delta;
      fire('popstate', { state: current().state });
    },
  };
  const window = {
    location,
    addEventListener: (type: string, listener: Listener) => { listeners.set(type, (listeners.get(type) ?? new Set()).add(listener)); },
    removeEventListener: (type: string, listener: Listener) => { listeners.get(type)?.delete(listener); },
    scrollTo: () => undefined,
  };
  return { window, history, fire, back: () => history.go(-1), entries: () => entries.length };
}

const browser = fakeBrowser();
let router: typeof RouterModule;
let guard: typeof LeaveGuardModule;

// The router listens to the window it finds when it loads (no other quick test loads it), and the quick tests
// unstub globals after each test: the fake browser is stubbed before the modules load and again before each test.
const stubBrowser = () => {
  vi.stubGlobal('window', browser.window);
  vi.stubGlobal('history', browser.history);
};
beforeAll(async () => {
  stubBrowser();
  router = await import('#client/router/router.tsx');
  guard = await import('#client/router/leave-guard.ts');
});
beforeEach(stubBrowser);

describe('the leave guard', () => {
  let dirty = true;
  const ask = vi.fn(() => false);
  let remove = () => undefined as void;
  afterEach(() => {
    remove();
    ask.mockReset();
    dirty = true;
  });
  const guardOn = () => { remove = guard.addLeaveGuard(() => dirty, ask); };
  const path = () => router.useLocation()().pathname;

  it('asks before navigate leaves the page, and stays when refused', () => {
    guardOn();
    ask.mockReturnValue(false);
    router.navigate('/admin/accounts');
    expect(ask).toHaveBeenCalledTimes(1);
    expect(path()).toBe('/admin/builder');
    expect(browser.window.location.pathname).toBe('/admin/builder');
  });

  it('goes when the user agrees, and does not ask with nothing unsaved', () => {
    guardOn();
    ask.mockReturnValue(true);
    router.navigate('/admin/accounts');
    expect(path()).toBe('/admin/accounts');
    dirty = false;
    router.navigate('/admin/builder');
    expect(ask).toHaveBeenCalledTimes(1);
    expect(path()).toBe('/admin/builder');
  });

  it('does not ask when only the query string changes', () => {
    guardOn();
    createRoot((dispose) => {
      const [, setSearch] = router.useSearchParams<{ tab?: string }>();
      setSearch({ tab: 'logic' });
      dispose();
    });
    expect(ask).not.toHaveBeenCalled();
    expect(browser.window.location.search).toBe('?tab=logic');
  });

  it('undoes a refused back button, and follows an agreed one', () => {
    router.navigate('/admin/builder/second');
    guardOn();
    const entries = browser.entries();
    browser.back();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(browser.window.location.pathname).toBe('/admin/builder/second');
    expect(path()).toBe('/admin/builder/second');
    expect(browser.entries()).toBe(entries);
    ask.mockReturnValue(true);
    browser.back();
    expect(path()).toBe('/admin/builder');
  });

  it('keeps the tab from closing only while dirty, and stops everything once removed', () => {
    guardOn();
    const unload = () => {
      const event = { preventDefault: vi.fn(), returnValue: undefined as unknown };
      browser.fire('beforeunload', event);
      return event;
    };
    expect(unload().preventDefault).toHaveBeenCalled();
    dirty = false;
    expect(unload().preventDefault).not.toHaveBeenCalled();
    dirty = true;
    remove();
    expect(unload().preventDefault).not.toHaveBeenCalled();
    router.navigate('/admin/exports');
    expect(ask).not.toHaveBeenCalled();
    expect(path()).toBe('/admin/exports');
  });
});
