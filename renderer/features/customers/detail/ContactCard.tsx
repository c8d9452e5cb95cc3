import { ActionIcon, Anchor, Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconMail, IconPencil, IconPhone, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ContactRow } from '../../../data/rows';
import { channelLabels } from '../customerLabels';
import { formatPhone, telHref } from '../phoneFormat';
import classes from './CustomerDetail.module.css';

interface ContactCardProps {
  contact: ContactRow;
  position: number;
  isFirst: boolean;
  isLast: boolean;
  onMove: (direction: 'up' | 'down') => void;
  onEdit: () => void;
  onDelete: () => void;
}

export const moveButtonId = (contactId: string, direction: 'up' | 'down') => `move-${direction}-${contactId}`;

/** One person to call: 24/7 numbers first and large, then other phones, emails and preferences. */
export function ContactCard({ contact: c, position, isFirst, isLast, onMove, onEdit, onDelete }: ContactCardProps) {
  const phones = [...c.phones].sort((a, b) => Number(b.available24x7) - Number(a.available24x7));
  const action = (label: string, icon: ReactNode, onClick: () => void, extra: { id?: string; disabled?: boolean; color?: string } = {}) => (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" size={28} aria-label={label} onClick={onClick} {...extra}>
        {icon}
      </ActionIcon>
    </Tooltip>
  );
  return (
    <li className={classes.contact}>
      <span className={classes.position} aria-hidden>
        {position}
      </span>
      <div className={classes.contactBody}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <div>
            <Text fw={600} size="sm" component="span">
              {c.name}
            </Text>
            {c.role && (
              <Text size="xs" c="dimmed">
                {c.role}
              </Text>
            )}
          </div>
          <Group gap={0} wrap="nowrap">
            {action(`Move ${c.name} up`, <IconArrowUp size={15} aria-hidden />, () => onMove('up'), { id: moveButtonId(c.id, 'up'), disabled: isFirst })}
            {action(`Move ${c.name} down`, <IconArrowDown size={15} aria-hidden />, () => onMove('down'), { id: moveButtonId(c.id, 'down'), disabled: isLast })}
            {action(`Edit ${c.name}`, <IconPencil size={15} aria-hidden />, onEdit)}
            {action(`Delete ${c.name}`, <IconTrash size={15} aria-hidden />, onDelete, { color: 'red.9' })}
          </Group>
        </Group>
        {phones.length > 0 && (
          <ul className={classes.phones} aria-label={`Phones of ${c.name}`}>
            {phones.map((p, i) => (
              <li key={`${p.number}-${i}`} className={p.available24x7 ? classes.phone247 : classes.phone}>
                <IconPhone size={14} aria-hidden className={classes.phoneIcon} />
                <Anchor href={telHref(p.number)} className={classes.phoneNumber}>
                  {formatPhone(p.number)}
                </Anchor>
                {p.available24x7 && (
                  <Badge size="xs" radius="sm" className={classes.badge247}>
                    24/7
                  </Badge>
                )}
                {p.label && (
                  <Text size="xs" c="dimmed" component="span">
                    {p.label}
                  </Text>
                )}
              </li>
            ))}
          </ul>
        )}
        <Group gap="md" mt={4}>
          {c.emails.map((email) => (
            <Group key={email} gap={4} wrap="nowrap">
              <IconMail size={14} aria-hidden className={classes.phoneIcon} />
              <Anchor href={`mailto:${email}`} size="sm">
                {email}
              </Anchor>
            </Group>
          ))}
          <Text size="xs" c="dimmed">
            Prefers {channelLabels[c.preferredChannel].toLowerCase()}
          </Text>
        </Group>
      </div>
    </li>
  );
}
