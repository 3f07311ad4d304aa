// Hash routing: #/page/arg?query. Every page's state lives in its URL, so a direct link renders it.
import { useEffect, useState } from 'react';

export interface Route {
  page: string;
  arg: string | null;
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const h = hash.replace(/^#\/?/, '');
  const qi = h.indexOf('?');
  const path = qi < 0 ? h : h.slice(0, qi);
  const [page, arg] = path.split('/').map((s) => decodeURIComponent(s));
  return { page: page || 'library', arg: arg || null, query: new URLSearchParams(qi < 0 ? '' : h.slice(qi + 1)) };
}

type Q = Record<string, string | number | null | undefined | string[]>;

/** `#/page/arg?k=v`, leaving out empty values. */
export function href(page: string, arg?: string | null, query: Q = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    q.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  const s = q.toString();
  return `#/${page}${arg ? `/${encodeURIComponent(arg)}` : ''}${s ? `?${s}` : ''}`;
}

const EVENT = 'workreport:route';

/** Go to a URL: a new history entry, or (`replace`) the same one with new filters. */
export function navigate(to: string, replace = false): void {
  if (replace) {
    history.replaceState(null, '', to);
    window.dispatchEvent(new Event(EVENT));
  } else location.hash = to;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', on);
    window.addEventListener(EVENT, on);
    return () => {
      window.removeEventListener('hashchange', on);
      window.removeEventListener(EVENT, on);
    };
  }, []);
  return route;
}

/** Replaces some of the page's filters, as the URL has them when called (one function for good: stable for memo). */
export function patchQuery(patch: Q): void {
  const route = parseHash(location.hash);
  const q: Q = Object.fromEntries(route.query.entries());
  Object.assign(q, patch);
  navigate(href(route.page, route.arg, q), true);
}

/** A page's filters in its URL: read them, and replace some of them. */
export function useQueryState(route: Route): [URLSearchParams, (patch: Q) => void] {
  return [route.query, patchQuery];
}

/**
 * An input's text: what the user types, until the URL's value changes (a link, going back, another filter):
 * then the URL's. Kept apart from the URL until submitted.
 */
export function useDraft(value: string): [string, (text: string) => void] {
  const [draft, setDraft] = useState<{ of: string; text: string } | null>(null);
  return [draft && draft.of === value ? draft.text : value, (text) => setDraft({ of: value, text })];
}

export const listParam = (q: URLSearchParams, k: string): string[] => (q.get(k) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
export const intParam = (q: URLSearchParams, k: string): number | null => {
  const v = q.get(k);
  return v !== null && /^\d+$/.test(v) ? Number(v) : null;
};
