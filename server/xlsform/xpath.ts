// A reader for the small part of XPath that XLSForm's `relevant` and `constraint` columns use: ${name} and `.`,
// numbers and quoted strings, = != < <= > >=, and/or, parentheses and function calls (not, selected,
// count-selected, string-length, date). Anything else is a syntax error, never a guess.

export type XNode =
  | { t: 'or' | 'and'; args: XNode[] }
  | { t: 'cmp'; op: '=' | '!=' | '<' | '<=' | '>' | '>='; left: XNode; right: XNode }
  | { t: 'call'; name: string; args: XNode[] }
  | { t: 'ref'; name: string }
  | { t: 'self' }
  | { t: 'num'; value: number }
  | { t: 'str'; value: string };

type Token = { k: 'ref' | 'num' | 'str' | 'name' | 'op' | 'punct'; v: string };

const TOKEN = /\s*(?:\$\{([A-Za-z_][\w.-]*)\}|(-?\d+(?:\.\d+)?)|'([^']*)'|"([^"]*)"|([A-Za-z_][\w-]*)|(!=|<=|>=|=|<|>)|([(),.]))/y;

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(text);
    if (!m) return null;
    if (m[1] !== undefined) tokens.push({ k: 'ref', v: m[1].toLowerCase() }); // names are read in lower case (scan-survey.ts)
    else if (m[2] !== undefined) tokens.push({ k: 'num', v: m[2] });
    else if (m[3] !== undefined || m[4] !== undefined) tokens.push({ k: 'str', v: m[3] ?? m[4]! });
    else if (m[5] !== undefined) tokens.push({ k: 'name', v: m[5] });
    else if (m[6] !== undefined) tokens.push({ k: 'op', v: m[6] });
    else tokens.push({ k: 'punct', v: m[7]! });
  }
  return tokens;
}

/** The expression's tree, or null when it is not XPath of the kinds above. */
export function parseXPath(text: string): XNode | null {
  const tokens = tokenize(text);
  if (!tokens || tokens.length === 0) return null;
  let i = 0;
  const peek = () => tokens[i];
  const take = (k: Token['k'], v?: string): boolean => {
    const token = tokens[i];
    if (token?.k === k && (v === undefined || token.v === v)) { i++; return true; }
    return false;
  };
  const junction = (word: 'or' | 'and', next: () => XNode | null): XNode | null => {
    const first = next();
    if (!first) return null;
    const args = [first];
    while (take('name', word)) {
      const more = next();
      if (!more) return null;
      args.push(more);
    }
    return args.length === 1 ? first : { t: word, args };
  };
  const primary = (): XNode | null => {
    const token = peek();
    if (!token) return null;
    if (take('punct', '(')) {
      const inner = orExpr();
      return inner && take('punct', ')') ? inner : null;
    }
    if (take('punct', '.')) return { t: 'self' };
    i++;
    if (token.k === 'ref') return { t: 'ref', name: token.v };
    if (token.k === 'num') return { t: 'num', value: Number(token.v) };
    if (token.k === 'str') return { t: 'str', value: token.v };
    if (token.k === 'name' && take('punct', '(')) {
      const args: XNode[] = [];
      if (!take('punct', ')')) {
        do {
          const arg = orExpr();
          if (!arg) return null;
          args.push(arg);
        } while (take('punct', ','));
        if (!take('punct', ')')) return null;
      }
      return { t: 'call', name: token.v, args };
    }
    return null;
  };
  const comparison = (): XNode | null => {
    const left = primary();
    const token = peek();
    if (!left || token?.k !== 'op') return left;
    i++;
    const right = primary();
    return right ? { t: 'cmp', op: token.v as '=', left, right } : null;
  };
  const andExpr = () => junction('and', comparison);
  const orExpr = (): XNode | null => junction('or', andExpr);
  const tree = orExpr();
  return tree && i === tokens.length ? tree : null;
}
