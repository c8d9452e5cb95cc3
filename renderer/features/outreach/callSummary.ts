// What a prefilled outreach call says, so the log reads the same for every liaison: a callback names
// the new and the promised ETR and the briefing version; a first call the ETR and version it quotes.
import type { LedgerLine } from '../../../shared/outreach/etrLedger';
import type { OutreachRow } from '../../data/outreach/eventOutreach';
import { formatDateTime } from '../../format/time';

export const callbackSummary = (l: Pick<LedgerLine, 'etr' | 'newEtr' | 'newVersion'>): string =>
  `ETR callback: restoration now expected ${formatDateTime(l.newEtr!)} (was ${formatDateTime(l.etr)}) per briefing v${l.newVersion}.`;

export function callSummary(row: OutreachRow, briefingVersion: number | null): string {
  if (row.callback) return callbackSummary(row.callback);
  const per = briefingVersion === null ? '' : ` per briefing v${briefingVersion}`;
  return row.etr ? `Outreach call: restoration expected ${formatDateTime(row.etr)}${per}.` : `Outreach call: no ETR yet${per}.`;
}

/** The ETR the call gives: the moved one for a callback, else the customer's current ETR. */
export const callEtr = (row: OutreachRow): string | null => row.callback?.newEtr ?? row.etr;
