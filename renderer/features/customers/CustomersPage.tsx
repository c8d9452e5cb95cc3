import { IconAddressBook } from '@tabler/icons-react';
import { PageLayout } from '../../app/PageLayout';
import { SectionEmptyState } from '../../app/SectionEmptyState';

export function CustomersPage() {
  return (
    <PageLayout title="Customers" description="Critical and major customers, their service points and 24/7 contacts.">
      <SectionEmptyState
        icon={IconAddressBook}
        title="No customers on this device yet"
        description="The customer directory arrives with the first sync after you sign in, or from a CSV or Excel import. Once here, it stays available offline."
        willShow={[
          'Priority tier: life-safety critical, critical infrastructure, major commercial',
          'Service points with feeder, circuit and substation',
          'Backup generation: size, fuel hours, transfer switch',
          'Contacts with 24/7 phones and escalation order',
        ]}
      />
    </PageLayout>
  );
}
