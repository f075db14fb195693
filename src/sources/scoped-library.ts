// One guild's view of the library: everything global (files, global feeds) plus the articles of its
// own feeds, and never another guild's. While no guild has private articles (the common case) the
// view is the library itself, at no cost. Otherwise each lookup asks the full library for enough
// extra results to cover the hidden ones and filters them out, so a limit still fills up.
import type { ArticleLibrary, LibraryEntry, LibraryPerson, PersonLookup } from '../core/library.ts';

export interface VisibilityIndex {
  /** True when some article is visible to some guilds only. */
  hasPrivate(): boolean;
  visibleTo(id: string, guildId: string | null): boolean;
  /** How many articles this guild cannot see (an upper bound for over-fetching). */
  hiddenCount(guildId: string | null): number;
}

export function scopedLibrary(base: ArticleLibrary, index: VisibilityIndex, guildId: string | null): ArticleLibrary {
  if (!index.hasPrivate()) return base;
  const hidden = index.hiddenCount(guildId);
  if (hidden === 0) return base;
  const ok = (e: LibraryEntry | undefined): e is LibraryEntry => e !== undefined && index.visibleTo(e.article.id, guildId);
  const person = (p: LibraryPerson): LibraryPerson | undefined => {
    const articles = p.articles.filter((a) => ok(a.entry));
    if (articles.length === 0) return undefined;
    if (articles.length === p.articles.length) return p;
    return { ...p, articles, quoteCount: articles.reduce((n, a) => n + a.person.quotes.length, 0) };
  };
  const people = (list: LibraryPerson[], withQuotes: boolean | undefined): LibraryPerson[] =>
    list.map(person).filter((p): p is LibraryPerson => p !== undefined && (!withQuotes || p.quoteCount > 0));
  const view: ArticleLibrary = {
    get size() {
      return base.list().filter(ok).length;
    },
    list: () => base.list().filter(ok),
    get: (id) => {
      const e = base.get(id);
      return ok(e) ? e : undefined;
    },
    resolve: (ref) => {
      const e = base.resolve(ref);
      if (ok(e)) return e;
      return view.searchHeadlines(ref, 1)[0];
    },
    searchHeadlines: (query, limit) => base.searchHeadlines(query, limit + hidden).filter(ok).slice(0, limit),
    search: (query, limit) => {
      const found = base.search(query, limit === undefined ? undefined : limit + hidden).filter(ok);
      return limit === undefined ? found : found.slice(0, limit);
    },
    findPeople: (query, options = {}) => {
      const limit = options.limit ?? 25;
      return people(base.findPeople(query, { ...options, limit: limit + hidden }), options.withQuotes).slice(0, limit);
    },
    lookupPerson: (query, options = {}): PersonLookup => {
      const found = base.lookupPerson(query, options);
      if (found.kind === 'none') return found;
      if (found.kind === 'one') {
        const p = people([found.person], options.withQuotes)[0];
        return p !== undefined ? { kind: 'one', person: p } : { kind: 'none', suggestions: [] };
      }
      const candidates = people(found.candidates, options.withQuotes);
      if (candidates.length === 1) return { kind: 'one', person: candidates[0]! };
      return candidates.length === 0 ? { kind: 'none', suggestions: [] } : { kind: 'many', candidates };
    },
  };
  return view;
}
