/**
 * A listing's total as its page carries it (`count(*) OVER ()` on every row). A page past the
 * end has no row to carry it, so it is counted apart (rarely asked); an empty first page is 0.
 */
export async function windowTotal(
  rows: readonly { total?: unknown }[],
  offset: number,
  countApart: () => Promise<number>,
): Promise<number> {
  if (rows.length > 0) return Number(rows[0].total);
  return offset === 0 ? 0 : countApart();
}
