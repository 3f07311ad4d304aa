// A search snippet's hits: the server marks them with 【…】; a bracketed run that is not one of the query's
// terms was in the report itself and stays as written. Pure.
export function splitMarks(snippet: string, terms: string[]): Array<{ text: string; hit: boolean }> {
  const wanted = new Set(terms.map((t) => t.toLowerCase()));
  const out: Array<{ text: string; hit: boolean }> = [];
  const re = /【([^【】]+)】/g;
  let last = 0;
  for (let m = re.exec(snippet); m; m = re.exec(snippet)) {
    if (wanted.size > 0 && !wanted.has(m[1].toLowerCase())) continue;
    if (m.index > last) out.push({ text: snippet.slice(last, m.index), hit: false });
    out.push({ text: m[1], hit: true });
    last = m.index + m[0].length;
  }
  if (last < snippet.length) out.push({ text: snippet.slice(last), hit: false });
  return out;
}
