import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconClockHour4, IconPencil } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import type { BriefingRow } from '../../data/rows';
import { formatRelative, formatWhen } from '../../format/time';
import { briefingFreshness } from './model/freshness';
import { StatusBadge } from './StatusBadge';

interface VersionHeaderProps {
  briefing: BriefingRow;
  current: BriefingRow | null;
  now: number;
  onShowCurrent: () => void;
  /** Take keyboard focus on mount (after "Read the current version" removed the button that had it). */
  focusOnMount?: boolean;
  /** A draft previewed as readers will see it: badged "Preview", not with the status it will have. */
  preview?: boolean;
}

/** Which version this is, how old its figures are, and a loud warning when it must not be quoted. */
export function VersionHeader({ briefing, current, now, onShowCurrent, focusOnMount = false, preview = false }: VersionHeaderProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // After the modal that may have triggered this has returned focus, so run on the next frame.
    if (!focusOnMount) return;
    const frame = requestAnimationFrame(() => heading.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [focusOnMount]);
  const freshness = briefingFreshness(briefing, now);
  const issued = briefing.issuedAt ? `Issued ${formatWhen(briefing.issuedAt, now)}` : 'Not issued yet';
  const next = briefing.nextBriefingAt
    ? `Next briefing ${formatWhen(briefing.nextBriefingAt, now)} (${formatRelative(briefing.nextBriefingAt, now)})`
    : 'No next briefing scheduled';
  return (
    <Stack gap="xs">
      <Group gap="sm" align="center">
        <Title order={2} ref={heading} tabIndex={-1}>
          Version {briefing.version}
        </Title>
        <StatusBadge status={preview ? 'preview' : briefing.status} size="md" />
      </Group>
      <Group gap="lg" wrap="wrap">
        <Group gap={6} wrap="nowrap">
          <IconClockHour4 size={18} stroke={1.8} aria-hidden />
          <Text fw={600} size="md" data-testid="briefing-age">
            Figures {freshness.asOfLabel}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {issued}
          {briefing.issuedBy ? ` by ${briefing.issuedBy.name}` : ''} · {next}
        </Text>
      </Group>
      {briefing.status === 'superseded' && (
        <Alert color="red.9" variant="filled" icon={<IconAlertTriangle aria-hidden />} title={`Superseded: do not quote version ${briefing.version}`}>
          <Group justify="space-between" gap="sm">
            <Text size="sm">
              {current ? `Version ${current.version} replaced it${current.issuedAt ? ` at ${formatWhen(current.issuedAt, now)}` : ''}.` : 'A newer version replaced it.'}{' '}
              Its numbers, ETRs and talking points may be wrong now.
            </Text>
            {current && (
              <Button size="xs" variant="white" color="red.9" onClick={onShowCurrent}>
                Read version {current.version}
              </Button>
            )}
          </Group>
        </Alert>
      )}
      {briefing.status === 'draft' && (
        <Alert color="gray" icon={<IconPencil aria-hidden />} title={`Draft: version ${briefing.version} is not published`}>
          Only briefing authors see it. Nothing in it is approved for use outside the briefing team.
        </Alert>
      )}
      {briefing.status === 'published' && freshness.stale && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title="This briefing may be out of date">
          <List size="sm" spacing={2}>
            {freshness.reasons.map((reason) => (
              <List.Item key={reason}>{reason}</List.Item>
            ))}
          </List>
          <Text size="sm" mt={4}>
            Check with the control center before giving ETRs.
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
