// A pull cursor names a position in one server database's change stream: `<epoch>.<seq>`. The epoch
// (a UUID made when the database was created) makes a cursor from another database unusable instead
// of silently wrong; it is never a timestamp. Clients treat it as opaque and send back what they got.

export interface SyncCursor {
  epoch: string;
  seq: number;
}

const CURSOR_PATTERN = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(0|[1-9]\d{0,15})$/;

export const encodeCursor = ({ epoch, seq }: SyncCursor): string => `${epoch}.${seq}`;

/** The cursor in `text`, or null when it is not a well-formed cursor. */
export function parseCursor(text: string): SyncCursor | null {
  const match = CURSOR_PATTERN.exec(text);
  if (!match) return null;
  const seq = Number(match[2]);
  return Number.isSafeInteger(seq) ? { epoch: match[1]!, seq } : null;
}

export const isCursorText = (text: string): boolean => parseCursor(text) !== null;
