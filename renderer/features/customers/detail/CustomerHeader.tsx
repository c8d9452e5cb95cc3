import { ActionIcon, Badge, Button, Group, Menu, Text, Title, Tooltip } from '@mantine/core';
import { IconDots, IconPencil, IconTrash, IconX } from '@tabler/icons-react';
import type { Ref } from 'react';
import { useNow } from '../../../app/useNow';
import type { CustomerView } from '../../../data/rows';
import { formatDateTime } from '../../../format/time';
import { facilityLabels } from '../customerLabels';
import { formatLastContacted, isCheckInOverdue } from '../list/directoryModel';
import { TierBadge } from '../TierBadge';
import classes from './CustomerDetail.module.css';

interface CustomerHeaderProps {
  customer: CustomerView;
  headingRef: Ref<HTMLHeadingElement>;
  onEdit: () => void;
  onDelete: () => void;
  onClose: () => void;
}

/** Who the customer is, who owns the relationship and when we last talked to them. */
export function CustomerHeader({ customer: c, headingRef, onEdit, onDelete, onClose }: CustomerHeaderProps) {
  const now = useNow(60_000);
  const overdue = isCheckInOverdue(c, now);
  return (
    <header className={classes.header}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <div className={classes.headerTitle}>
          <Title order={2} id="customer-name" tabIndex={-1} ref={headingRef} className={classes.name}>
            {c.name}
          </Title>
          <Group gap={8} mt={6}>
            <TierBadge tier={c.tier} />
            <Text size="sm" c="dimmed">
              {facilityLabels[c.facilityType]}
            </Text>
          </Group>
        </div>
        <Group gap={6} wrap="nowrap">
          <Button size="xs" variant="default" leftSection={<IconPencil size={14} aria-hidden />} onClick={onEdit}>
            Edit
          </Button>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="default" size={30} aria-label="More actions for this customer">
                <IconDots size={16} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item color="red.9" leftSection={<IconTrash size={14} aria-hidden />} onClick={onDelete}>
                Delete customer…
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <Tooltip label="Close (back to the list)">
            <ActionIcon variant="subtle" size={30} aria-label="Close customer" onClick={onClose}>
              <IconX size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      <dl className={classes.facts}>
        <div>
          <dt>Account</dt>
          <dd className={classes.mono}>{c.accountNumber}</dd>
        </div>
        <div>
          <dt>Premise</dt>
          <dd className={classes.mono}>{c.premiseId || '—'}</dd>
        </div>
        <div>
          <dt>Assigned liaison</dt>
          <dd>{c.assignedLiaisonName ?? 'Unassigned'}</dd>
        </div>
        <div>
          <dt>Check-in cadence</dt>
          <dd>Every {c.checkInCadenceDays === 1 ? 'day' : `${c.checkInCadenceDays} days`}</dd>
        </div>
        <div className={classes.factWide}>
          <dt>Last contacted</dt>
          <dd>
            <Group gap={6}>
              <span title={c.lastContactedAt ? formatDateTime(c.lastContactedAt) : undefined}>
                {c.lastContactedAt ? `${formatLastContacted(c.lastContactedAt, now)} · ${formatDateTime(c.lastContactedAt)}` : 'Never'}
              </span>
              {overdue && (
                <Badge size="sm" radius="sm" className={classes.overdueBadge}>
                  Check-in overdue
                </Badge>
              )}
            </Group>
          </dd>
        </div>
      </dl>
    </header>
  );
}
