// The route table's path patterns: segments, parameters, the rest of a path, trailing slashes, bad escapes,
// and the first matching route winning.
import { describe, expect, it } from 'vitest';
import { findRoute, matchPath, staticPrefix } from '#client/router/match.ts';

describe('matchPath', () => {
  it('matches literal segments exactly, ignoring trailing slashes', () => {
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/sign-in', '/sign-in/')).toEqual({});
    expect(matchPath('/sign-in', '/sign-out')).toBeNull();
    expect(matchPath('/', '/sign-in')).toBeNull();
  });

  it('captures named segments, decoded', () => {
    expect(matchPath('/interviews/new/:survey/:unit', '/interviews/new/hung-yen-2026/07'))
      .toEqual({ survey: 'hung-yen-2026', unit: '07' });
    expect(matchPath('/share/:token', '/share/a%2Fb%20c')).toEqual({ token: 'a/b c' });
  });

  it('keeps a malformed escape as typed rather than failing', () => {
    expect(matchPath('/share/:token', '/share/%E0%A4%A')).toEqual({ token: '%E0%A4%A' });
  });

  it('needs every segment: neither fewer nor more', () => {
    expect(matchPath('/interviews/:id', '/interviews')).toBeNull();
    expect(matchPath('/interviews/:id', '/interviews/abc/review')).toBeNull();
    expect(matchPath('/interviews/:id/review', '/interviews/abc/review')).toEqual({ id: 'abc' });
  });

  it('gives a star parameter the rest of the path, possibly empty', () => {
    expect(matchPath('/admin/*section', '/admin')).toEqual({ section: '' });
    expect(matchPath('/admin/*section', '/admin/')).toEqual({ section: '' });
    expect(matchPath('/admin/*section', '/admin/quota/hung-yen-2026')).toEqual({ section: 'quota/hung-yen-2026' });
    expect(matchPath('/admin/*section', '/administrators')).toBeNull();
    expect(matchPath('*', '/anything/at/all')).toEqual({});
  });
});

describe('optional last parameters', () => {
  it('match with the segment or without it, never with more', () => {
    expect(matchPath('/admin/quota/:survey?', '/admin/quota')).toEqual({});
    expect(matchPath('/admin/quota/:survey?', '/admin/quota/')).toEqual({});
    expect(matchPath('/admin/quota/:survey?', '/admin/quota/hung-yen-2026')).toEqual({ survey: 'hung-yen-2026' });
    expect(matchPath('/admin/quota/:survey?', '/admin/quota/a/b')).toBeNull();
    expect(matchPath('/admin/quota/:survey?', '/admin')).toBeNull();
  });

  it('give a menu link the pattern up to its first parameter', () => {
    expect(staticPrefix('/admin/quota/:survey?')).toBe('/admin/quota');
    expect(staticPrefix('/admin/accounts')).toBe('/admin/accounts');
    expect(staticPrefix('/share/*rest')).toBe('/share');
    expect(staticPrefix('/:id')).toBe('/');
  });
});

describe('findRoute', () => {
  const routes = [
    { path: '/interviews/new/:survey/:unit', name: 'new' },
    { path: '/interviews/:id/review', name: 'review' },
    { path: '/interviews/:id', name: 'interview' },
    { path: '*', name: 'notFound' },
  ];

  it('returns the first route that matches, with its parameters', () => {
    expect(findRoute(routes, '/interviews/new/s/07')).toEqual({ route: routes[0], params: { survey: 's', unit: '07' } });
    expect(findRoute(routes, '/interviews/x/review')?.route.name).toBe('review');
    expect(findRoute(routes, '/interviews/x')?.route.name).toBe('interview');
    expect(findRoute(routes, '/nowhere')?.route.name).toBe('notFound');
    expect(findRoute(routes.slice(0, 3), '/nowhere')).toBeNull();
  });
});
