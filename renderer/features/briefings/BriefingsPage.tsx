import { IconBroadcast } from '@tabler/icons-react';
import { PageLayout } from '../../app/PageLayout';
import { SectionEmptyState } from '../../app/SectionEmptyState';

export function BriefingsPage() {
  return (
    <PageLayout title="Briefings" description="Restoration briefings: the one version of the facts everyone quotes.">
      <SectionEmptyState
        icon={IconBroadcast}
        title="No restoration briefings yet"
        description="Briefings published by the control center arrive with sync and remain readable offline. Each version shows its age and what changed since the one you last read."
        willShow={[
          'Customers affected and restored, by area, with ETRs',
          'Damage, crews and safety messages',
          'Approved talking points and the next briefing time',
        ]}
      />
    </PageLayout>
  );
}
