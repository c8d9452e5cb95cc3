// Hybrid logical clock: timestamps that follow wall time but never go backwards and order causally
// related events across devices. Encoded as a fixed-width string so plain string comparison orders
// by (milliseconds, counter, node id): the tie-break between two clients is their client id.
// Pure: callers keep the last value and pass the wall clock in.

export interface Hlc {
  /** Wall-clock milliseconds (logical: may run ahead of the real clock). */
  ms: number;
  /** Orders events within the same millisecond. */
  counter: number;
  /** The client (node) id; breaks ties. */
  node: string;
}

const MS_WIDTH = 15;
const COUNTER_WIDTH = 6;
const MAX_COUNTER = 10 ** COUNTER_WIDTH - 1;
const HLC_PATTERN = /^\d{15}-\d{6}-.+$/;

/** The clock of a client that has not seen any event yet. */
export const hlcZero = (node: string): Hlc => ({ ms: 0, counter: 0, node });

/** Keeps the counter inside its encoded width by carrying into the millisecond part. */
const carry = (ms: number, counter: number, node: string): Hlc =>
  counter > MAX_COUNTER ? { ms: ms + 1, counter: 0, node } : { ms, counter, node };

/** Timestamp for a local event (a write). */
export function hlcNow(last: Hlc, wallMs: number): Hlc {
  if (wallMs > last.ms) return { ms: wallMs, counter: 0, node: last.node };
  return carry(last.ms, last.counter + 1, last.node);
}

/** Advances the local clock past a timestamp received from elsewhere (keeps the local node id). */
export function hlcReceive(local: Hlc, remote: Hlc, wallMs: number): Hlc {
  const ms = Math.max(local.ms, remote.ms, wallMs);
  let counter = 0;
  if (ms === local.ms && ms === remote.ms) counter = Math.max(local.counter, remote.counter) + 1;
  else if (ms === local.ms) counter = local.counter + 1;
  else if (ms === remote.ms) counter = remote.counter + 1;
  return carry(ms, counter, local.node);
}

export function encodeHlc(hlc: Hlc): string {
  return `${String(hlc.ms).padStart(MS_WIDTH, '0')}-${String(hlc.counter).padStart(COUNTER_WIDTH, '0')}-${hlc.node}`;
}

export const isHlcString = (value: string): boolean => HLC_PATTERN.test(value);

export function decodeHlc(value: string): Hlc {
  if (!isHlcString(value)) throw new Error(`Not a hybrid logical clock value: ${value}`);
  return {
    ms: Number(value.slice(0, MS_WIDTH)),
    counter: Number(value.slice(MS_WIDTH + 1, MS_WIDTH + 1 + COUNTER_WIDTH)),
    node: value.slice(MS_WIDTH + COUNTER_WIDTH + 2),
  };
}

/** Orders encoded values; equal to comparing the decoded (ms, counter, node) tuples. */
export const compareHlc = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** How far a timestamp runs ahead of a wall clock (for refusing clocks that are too far ahead). */
export const hlcAheadMs = (hlc: Hlc, wallMs: number): number => hlc.ms - wallMs;
