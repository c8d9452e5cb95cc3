import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconChecks, IconEye } from '@tabler/icons-react';
import type { PersonRef } from '../../../../shared/domain/briefing';
import { useNow } from '../../../app/useNow';
import type { BriefingRow } from '../../../data/rows';
import { BriefingReader } from '../BriefingReader';
import { parseDraftValues } from '../model/draftForm';
import type { DraftFormValues } from '../model/draftForm';
import { previewBriefing, previewReadState } from '../model/previewBriefing';
import { ReadingStatus } from '../ReadingStatus';

export interface DraftPreviewProps {
  values: DraftFormValues;
  eventId: string;
  version: number;
  draftId: string | null;
  /** The current published version: readers see what changed since it. */
  current: BriefingRow | null;
  issuer: PersonRef;
}

/** A reader sees Acknowledge here; in the preview it is shown but does nothing. */
function InertAcknowledge({ version }: { version: number }) {
  return (
    <Group gap="sm" wrap="nowrap">
      <Button leftSection={<IconChecks size={16} aria-hidden />} disabled>
        Acknowledge version {version}
      </Button>
      <Text size="xs" c="dimmed">
        Readers acknowledge here once you publish.
      </Text>
    </Group>
  );
}

// A preview never shows a superseded version, so "read the current version" has nothing to do.
const stay = () => undefined;

/** The draft rendered by the reader's own components, as readers will see it after Publish. */
export function DraftPreview({ values, eventId, version, draftId, current, issuer }: DraftPreviewProps) {
  const now = useNow(15_000);
  const parsed = parseDraftValues(values);
  if (!parsed.ok) {
    return (
      <Alert color="red" variant="light" role="alert">
        The draft has problems to fix under Edit before it can be previewed.
      </Alert>
    );
  }
  const preview = previewBriefing(parsed.input, { id: draftId ?? `preview-${eventId}`, eventId, version, issuer, now });
  const readState = previewReadState(preview, current);
  return (
    <Stack gap="md">
      <Alert color="steel" variant="light" icon={<IconEye aria-hidden />} title={`Preview: version ${version} as readers will see it`}>
        Not published yet. {current ? `Readers who have version ${current.version} see what changed since it.` : 'This will be the first version readers see.'}
      </Alert>
      <BriefingReader
        briefing={preview}
        previous={current}
        current={preview}
        status={<ReadingStatus current={preview} readState={readState} now={now} acknowledge={<InertAcknowledge version={version} />} />}
        now={now}
        onShowCurrent={stay}
        focusHeading={false}
        preview
      />
    </Stack>
  );
}
