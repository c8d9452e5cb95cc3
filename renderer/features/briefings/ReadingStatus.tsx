import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { BriefingDiff } from '../../../shared/domain/briefingDiff';
import type { BriefingReadState } from '../../data/briefings/queries';
import type { BriefingRow } from '../../data/rows';
import classes from './BriefingReader.module.css';
import { ChangesSinceRead } from './ChangesSinceRead';
import { changesView } from './model/changesView';

interface ReadingStatusProps {
  current: BriefingRow;
  readState: BriefingReadState;
  now: number;
  /** The Acknowledge control (the author's preview shows an inert one). */
  acknowledge: ReactNode;
}

/**
 * For the current version: what changed since the version this device last read, then Acknowledge.
 * The changes stay on screen after acknowledging (the read state no longer has them) so the reader
 * keeps the picture until they leave the page.
 */
export function ReadingStatus({ current, readState, now, acknowledge }: ReadingStatusProps) {
  const latest = readState.changesSinceRead;
  const [kept, setKept] = useState<BriefingDiff | null>(latest);
  if (latest && latest !== kept) setKept(latest);
  const diff = kept && kept.toVersion === current.version ? kept : null;

  if (diff) {
    return (
      <Stack gap="sm" className={classes.changes} component="section" aria-labelledby="briefing-changes-title">
        <Title order={3} id="briefing-changes-title">
          What changed since version {diff.fromVersion}, the one you last read
        </Title>
        <ChangesSinceRead view={changesView(diff, now)} />
        {acknowledge}
      </Stack>
    );
  }
  if (readState.unread) {
    return (
      <Stack gap="sm" className={classes.changes} component="section" aria-labelledby="briefing-new-title">
        <Title order={3} id="briefing-new-title">
          New briefing: version {current.version}
        </Title>
        <Text size="sm">
          {readState.lastReadVersion === null
            ? 'You have not read a version of this briefing on this device yet. Read it through, then acknowledge it.'
            : `You last read version ${readState.lastReadVersion}. Read this version through, then acknowledge it.`}
        </Text>
        {acknowledge}
      </Stack>
    );
  }
  return <>{acknowledge}</>;
}
