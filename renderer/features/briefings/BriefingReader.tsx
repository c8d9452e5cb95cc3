import { Stack } from '@mantine/core';
import { useRef } from 'react';
import type { ReactNode } from 'react';
import type { BriefingRow } from '../../data/rows';
import { AreasTable } from './AreasTable';
import { DamageAndCrews } from './DamageAndCrews';
import { quoteWarning } from './model/freshness';
import { QuoteWarningModal } from './QuoteWarningModal';
import { SafetyMessages } from './SafetyMessages';
import { TalkingPoints } from './TalkingPoints';
import { TotalsSummary } from './TotalsSummary';
import { useGuardedCopy } from './useGuardedCopy';
import { VersionHeader } from './VersionHeader';

interface BriefingReaderProps {
  briefing: BriefingRow;
  previous: BriefingRow | null;
  /** The event's latest published version, if any. */
  current: BriefingRow | null;
  /** Shown under the header: reading status and acknowledgements when this is the current version. */
  status?: ReactNode;
  now: number;
  onShowCurrent: () => void;
  focusHeading: boolean;
  /** The author's preview of a draft (badged "Preview"). */
  preview?: boolean;
}

/** One version, readable at a glance: status and age, what changed, safety first, then the facts. The
 *  author's preview renders a draft through this same component. */
export function BriefingReader({ briefing, previous, current, status, now, onShowCurrent, focusHeading, preview = false }: BriefingReaderProps) {
  const warning = quoteWarning(briefing, current);
  const article = useRef<HTMLDivElement>(null);
  const copier = useGuardedCopy(warning, article);
  const showCurrent = () => {
    copier.cancel();
    onShowCurrent();
  };
  return (
    <Stack gap="md" component="article" ref={article} aria-label={`Briefing version ${briefing.version}`}>
      <VersionHeader briefing={briefing} current={current} now={now} onShowCurrent={showCurrent} focusOnMount={focusHeading} preview={preview} />
      {status}
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
