import { IconPhoneOutgoing } from '@tabler/icons-react';
import { PageLayout } from '../../app/PageLayout';
import { SectionEmptyState } from '../../app/SectionEmptyState';

export function OutreachPage() {
  return (
    <PageLayout title="Outreach" description="Who must be contacted during an event, and what was promised to them.">
      <SectionEmptyState
        icon={IconPhoneOutgoing}
        title="No outreach list yet"
        description="During an event, the critical customers in the affected areas are listed here for contact. Between events, the list holds regular check-ins and planned-interruption notices."
        willShow={[
          'Progress per customer: reached, attempted, unreachable',
          'ETR ledger: what was promised, to whom, from which briefing',
          'Callbacks when a promised ETR moves by more than 2 hours',
          'Customers whose generator runtime is shorter than their ETR',
        ]}
      />
    </PageLayout>
  );
}
