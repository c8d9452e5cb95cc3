import { IconNotebook } from '@tabler/icons-react';
import { PageLayout } from '../../app/PageLayout';
import { SectionEmptyState } from '../../app/SectionEmptyState';

export function LogPage() {
  return (
    <PageLayout title="Log" description="Every contact, request and commitment, recorded as it happens (ICS 214).">
      <SectionEmptyState
        icon={IconNotebook}
        title="No log entries yet"
        description="Entries you record appear here, newest first, grouped by event and operational period. Entries are never edited: a correction is a new entry that points at the one it corrects."
        willShow={[
          'When it happened and when it was recorded',
          'Customer, contact, channel and direction',
          'Status updates, requests, commitments, ETRs given, emergency reports',
          'Follow-ups with owner and due time',
        ]}
      />
    </PageLayout>
  );
}
