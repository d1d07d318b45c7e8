// A survey's slug suggested from its title. Plain code without zod: the office's form runs it as the title is typed.

/** Letters without their Vietnamese marks (đ → d), lower case, words joined by "-": a slug to suggest. */
export function suggestSlug(title: string): string {
  return title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
}
