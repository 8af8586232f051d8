import "server-only";

export type SeatSpot = { gridRow: number; gridColumn: number };

/**
 * Chooses `count` seats among `free` (positions on the auditorium's grid of
 * `rows` x `columns`): adjacent seats in one row, the row nearest the middle
 * first (of two equally near, the one further back), the block nearest the
 * row's centre. Seats across an aisle (an empty grid column) are not
 * adjacent. With no such block anywhere, the `count` best single seats.
 * Null when fewer than `count` seats are free.
 */
export function pickBestSeats<T extends SeatSpot>(free: T[], count: number, grid: { rows: number; columns: number }): T[] | null {
  if (count < 1 || free.length < count) return null;
  const midRow = (grid.rows - 1) / 2;
  const midColumn = (grid.columns - 1) / 2;
  const rowRank = (row: number) => Math.abs(row - midRow) + (row < midRow ? 0.25 : 0);

  const byRow = new Map<number, T[]>();
  for (const seat of free) byRow.set(seat.gridRow, [...(byRow.get(seat.gridRow) ?? []), seat]);
  const rows = [...byRow.keys()].sort((a, b) => rowRank(a) - rowRank(b));

  for (const row of rows) {
    const seats = byRow.get(row)!.sort((a, b) => a.gridColumn - b.gridColumn);
    let best: { block: T[]; distance: number } | null = null;
    for (let i = 0; i + count <= seats.length; i++) {
      const block = seats.slice(i, i + count);
      if (block[count - 1].gridColumn - block[0].gridColumn !== count - 1) continue;
      const distance = Math.abs((block[0].gridColumn + block[count - 1].gridColumn) / 2 - midColumn);
      if (!best || distance < best.distance) best = { block, distance };
    }
    if (best) return best.block;
  }

  const score = (s: T) => rowRank(s.gridRow) * 1000 + Math.abs(s.gridColumn - midColumn);
  return [...free].sort((a, b) => score(a) - score(b) || a.gridRow - b.gridRow || a.gridColumn - b.gridColumn).slice(0, count);
}
