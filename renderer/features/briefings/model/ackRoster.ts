// Who has the current version, for its author. The device knows people only through their
// acknowledgements, so "not yet" means: acknowledged an earlier version of this event's briefing but
// not the current one (its issuer aside: they wrote it). Pure: built from the event's acknowledgements.
import type { Briefing } from '../../../../shared/domain/briefing';
import type { BriefingAck } from '../../../../shared/domain/briefingAck';

type AckSource = Pick<BriefingAck, 'briefingId' | 'version' | 'userId' | 'userName' | 'at'>;

export interface AckedPerson {
  userId: string;
  userName: string;
  /** When they acknowledged the version (ISO). */
  at: string;
}

export interface PendingPerson extends AckedPerson {
  /** The latest version they did acknowledge. */
  lastVersion: number;
}

export interface AckRoster {
  /** Earliest first. */
  acknowledged: AckedPerson[];
  /** By name. */
  notYet: PendingPerson[];
}

const person = (a: AckSource): AckedPerson => ({ userId: a.userId, userName: a.userName, at: a.at });

export function ackRoster(acks: readonly AckSource[], current: Pick<Briefing, 'id' | 'version' | 'issuedBy'>): AckRoster {
  const acknowledged = new Map<string, AckSource>();
  const latestEarlier = new Map<string, AckSource>();
  for (const a of acks) {
    if (a.briefingId === current.id) {
      const seen = acknowledged.get(a.userId);
      if (!seen || a.at < seen.at) acknowledged.set(a.userId, a);
    } else if (a.version < current.version) {
      const seen = latestEarlier.get(a.userId);
      if (!seen || a.version > seen.version) latestEarlier.set(a.userId, a);
    }
  }
  const notYet = [...latestEarlier.values()]
    .filter((a) => !acknowledged.has(a.userId) && a.userId !== current.issuedBy?.id)
    .map((a) => ({ ...person(a), lastVersion: a.version }))
    .sort((a, b) => a.userName.localeCompare(b.userName));
  return { acknowledged: [...acknowledged.values()].map(person).sort((a, b) => a.at.localeCompare(b.at)), notYet };
}
