// Groups the free texts of an "other – specify" or open question for coding (issue 21): texts that differ only in
// case, spacing or diacritics are one (đ/Đ folded to d too, which Unicode decomposition does not do), and near
// duplicates join the group of the most frequent text they are close to. The rule, written in decision 0017:
// two folded texts are near when their edit distance is at most one per eight characters of the shorter one
// (so texts under eight characters must match exactly once folded). Groups never chain: a text is compared with
// each group's first (most frequent) text only. Pure: the coding's storage and pages build on it.

/** "  Tiểu   THƯƠNG " → "tieu thuong"; "Đoàn thể" → "doan the". */
export function foldText(text: string): string {
  return text
    .replace(/[đĐ]/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

export const allowedDistance = (a: string, b: string): number => Math.floor(Math.min(a.length, b.length) / 8);

export type TextGroup = {
  /** The folded text of the group's most frequent variant. */
  key: string;
  /** That variant as first written (trimmed): what the coder sees. */
  label: string;
  count: number;
  variants: { text: string; count: number }[];
};

/** Groups, largest first; within a group, variants by count then as first met. Blank texts are left out. */
export function groupTexts(texts: Iterable<string>): TextGroup[] {
  const byFold = new Map<string, { count: number; variants: Map<string, number> }>();
  for (const raw of texts) {
    const folded = foldText(raw);
    if (folded === '') continue;
    const entry = byFold.get(folded) ?? { count: 0, variants: new Map<string, number>() };
    entry.count += 1;
    const text = raw.trim();
    entry.variants.set(text, (entry.variants.get(text) ?? 0) + 1);
    byFold.set(folded, entry);
  }
  const groups: TextGroup[] = [];
  // Most frequent folded texts first, so each group is led by its commonest form.
  for (const [folded, entry] of [...byFold].sort((a, b) => b[1].count - a[1].count)) {
    const variants = [...entry.variants].map(([text, count]) => ({ text, count }));
    const near = groups.find((g) => editDistance(g.key, folded, allowedDistance(g.key, folded)) <= allowedDistance(g.key, folded));
    if (near) {
      near.count += entry.count;
      near.variants.push(...variants);
    } else {
      groups.push({ key: folded, label: '', count: entry.count, variants });
    }
  }
  for (const g of groups) {
    g.variants.sort((a, b) => b.count - a.count);
    g.label = g.variants[0]!.text;
  }
  return groups.sort((a, b) => b.count - a.count);
}
