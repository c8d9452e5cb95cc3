// Briefings: per event, every version, the one on screen with its age and warnings, what changed
// since the version last read, and Acknowledge. Briefing authors also get New version / Edit draft and
// who has acknowledged the current version.
import { Button, Center, Group, Loader } from '@mantine/core';
import { IconBroadcast, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { PageLayout } from '../../app/PageLayout';
import { SectionEmptyState } from '../../app/SectionEmptyState';
import { useNow } from '../../app/useNow';
import type { BriefingRow } from '../../data/rows';
import { useAppStore } from '../../store/appStore';
import { selectSelectBriefingsEvent, selectSelectBriefingsVersion } from '../../store/briefingsSlice';
import { AcknowledgeBar } from './AcknowledgeBar';
import { AcknowledgementsPanel } from './AcknowledgementsPanel';
import { BriefingReader } from './BriefingReader';
import classes from './BriefingsPage.module.css';
import { EventSelect } from './EventSelect';
import { ReadingStatus } from './ReadingStatus';
import { useBriefingsScreen } from './useBriefingsScreen';
import type { BriefingsScreen } from './useBriefingsScreen';
import { VersionList } from './VersionList';

const TITLE = 'Briefings';
const DESCRIPTION = 'Restoration briefings: the one version of the facts everyone quotes.';

function AuthorButton({ screen }: { screen: BriefingsScreen }) {
  const navigate = useNavigate();
  if (!screen.author || !screen.event) return null;
  const draft = screen.versions.find((b) => b.status === 'draft');
  return (
    <Button
      variant={draft ? 'light' : 'filled'}
      leftSection={draft ? <IconPencil size={16} aria-hidden /> : <IconPlus size={16} aria-hidden />}
      onClick={() => void navigate(`/briefings/${screen.event?.id}/draft`)}
    >
      {draft ? `Edit draft version ${draft.version}` : 'New version'}
    </Button>
  );
}

/** Under the current version: what changed since last read and Acknowledge; for authors, who has it. */
function CurrentVersionStatus({ screen, current, now }: { screen: BriefingsScreen; current: BriefingRow; now: number }) {
  return (
    <>
      <ReadingStatus key={current.id} current={current} readState={screen.readState} now={now} acknowledge={<AcknowledgeBar briefing={current} now={now} />} />
      {screen.author && <AcknowledgementsPanel current={current} now={now} />}
    </>
  );
}

export function BriefingsPage() {
  const screen = useBriefingsScreen();
  const now = useNow(15_000);
  const selectEvent = useAppStore(selectSelectBriefingsEvent);
  const selectVersion = useAppStore(selectSelectBriefingsVersion);
  const [focusHeading, setFocusHeading] = useState(false);

  if (!screen) {
    return (
      <PageLayout title={TITLE} description={DESCRIPTION}>
        <Center py="xl">
          <Loader size="sm" aria-label="Loading briefings" />
        </Center>
      </PageLayout>
    );
  }

  const actions = screen.event && (
    <Group gap="sm" align="flex-end" wrap="nowrap">
      <EventSelect events={screen.events} value={screen.event.id} onChange={selectEvent} />
      <AuthorButton screen={screen} />
    </Group>
  );
  const { selected, readState } = screen;
  return (
    <PageLayout title={TITLE} description={DESCRIPTION} actions={actions}>
      {!screen.event ? (
        <SectionEmptyState
          icon={IconBroadcast}
          title="No events on this device"
          description="Briefings belong to an event (a storm, a wildfire shutoff, a planned outage). Events and their briefings arrive with sync and stay readable offline."
          willShow={['Every briefing version of the event', 'How old the current version is', 'What changed since the version you last read']}
        />
      ) : !selected ? (
        <SectionEmptyState
          icon={IconBroadcast}
          title={`No briefing for ${screen.event.name} yet`}
          description={screen.author ? 'Start the first version with New version; it stays a draft until you publish it.' : 'When the control center publishes a briefing for this event it appears here, also offline.'}
          willShow={['Customers affected and restored, by area, with ETRs', 'Damage, crews and safety messages', 'Approved talking points and the next briefing time']}
        />
      ) : (
        <div className={classes.layout}>
          <VersionList
            versions={screen.versions}
            selectedVersion={selected.version}
            unreadVersion={readState.unread ? (readState.current?.version ?? null) : null}
            now={now}
            onSelect={(version) => {
              setFocusHeading(false);
              // Choosing the current version follows the current one, so a newer version replaces it.
              selectVersion(version === readState.current?.version ? null : version);
            }}
          />
          <BriefingReader
            key={selected.id}
            briefing={selected}
            previous={screen.previous}
            current={readState.current}
            status={readState.current?.id === selected.id && <CurrentVersionStatus screen={screen} current={readState.current} now={now} />}
            now={now}
            focusHeading={focusHeading}
            onShowCurrent={() => {
              setFocusHeading(true);
              selectVersion(null);
            }}
          />
        </div>
      )}
    </PageLayout>
  );
}
