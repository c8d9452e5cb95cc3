import { Badge, Group, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../../data/dbContext';
import { recentLogOfCustomer } from '../../../data/log/queries';
import { formatDateTime } from '../../../format/time';
import { logCategoryLabels } from '../customerLabels';
import classes from './CustomerDetail.module.css';
import { DetailSection } from './DetailSection';

const RECENT = 15;

/** The customer's latest log entries as they read now (corrections applied), newest first. */
export function RecentLogSection({ customerId }: { customerId: string }) {
  const db = useDb();
  const items = useLiveQuery(() => recentLogOfCustomer(db, customerId, RECENT), [db, customerId]);
  return (
    <DetailSection id="customer-log" title="Recent log">
      {items === undefined ? (
        <Text size="sm" c="dimmed">
          Loading the log…
        </Text>
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          No log entries for this customer yet.
        </Text>
      ) : (
        <ol className={classes.log}>
          {items.map(({ entry, current, corrections }) => {
            const emergency = current.category === 'emergency_report';
            return (
              <li key={entry.id} className={classes.logItem} data-emergency={emergency || undefined}>
                <Group gap={8} wrap="nowrap" align="baseline">
                  <Text size="xs" c="dimmed" component="time" dateTime={current.occurredAt} className={classes.logTime}>
                    {formatDateTime(current.occurredAt)}
                  </Text>
                  <Badge size="xs" radius="sm" className={classes.categoryBadge} data-emergency={emergency || undefined}>
                    {logCategoryLabels[current.category]}
                  </Badge>
                  {corrections.length > 0 && (
                    <Text size="xs" c="dimmed">
                      (corrected)
                    </Text>
                  )}
                  <Text size="xs" c="dimmed" ml="auto" truncate="end">
                    {current.authorName}
                  </Text>
                </Group>
                <Text size="sm" mt={2}>
                  {current.summary}
                </Text>
              </li>
            );
          })}
        </ol>
      )}
    </DetailSection>
  );
}
