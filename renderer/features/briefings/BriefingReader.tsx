import { Stack } from '@mantine/core';
import type { BriefingReadState } from '../../data/briefings/queries';
import type { BriefingRow } from '../../data/rows';
import { AreasTable } from './AreasTable';
import { DamageAndCrews } from './DamageAndCrews';
import { quoteWarning } from './model/freshness';
import { QuoteWarningModal } from './QuoteWarningModal';
import { ReadingStatus } from './ReadingStatus';
import { SafetyMessages } from './SafetyMessages';
import { TalkingPoints } from './TalkingPoints';
import { TotalsSummary } from './TotalsSummary';
import { useGuardedCopy } from './useGuardedCopy';
import { VersionHeader } from './VersionHeader';

interface BriefingReaderProps {
  briefing: BriefingRow;
  previous: BriefingRow | null;
  readState: BriefingReadState;
  now: number;
  onShowCurrent: () => void;
  focusHeading: boolean;
}

/** One version, readable at a glance: status and age, what changed, safety first, then the facts. */
export function BriefingReader({ briefing, previous, readState, now, onShowCurrent, focusHeading }: BriefingReaderProps) {
  const current = readState.current;
  const warning = quoteWarning(briefing, current);
  const copier = useGuardedCopy(warning);
  const showCurrent = () => {
    copier.cancel();
    onShowCurrent();
  };
  return (
    <Stack gap="md" component="article" aria-label={`Briefing version ${briefing.version}`} onCopy={copier.onCopyEvent}>
      <VersionHeader briefing={briefing} current={current} now={now} onShowCurrent={showCurrent} focusOnMount={focusHeading} />
      {current && current.id === briefing.id && <ReadingStatus key={current.id} current={current} readState={readState} now={now} />}
      <SafetyMessages messages={briefing.safetyMessages} />
      <TotalsSummary briefing={briefing} />
      <AreasTable briefing={briefing} previous={previous} now={now} />
      <TalkingPoints points={briefing.talkingPoints} version={briefing.version} copier={copier} />
      <DamageAndCrews briefing={briefing} />
      <QuoteWarningModal
        warning={warning}
        pending={copier.pending}
        currentVersion={current && current.id !== briefing.id ? current.version : null}
        onConfirm={copier.confirm}
        onCancel={copier.cancel}
        onShowCurrent={showCurrent}
      />
    </Stack>
  );
}
