import { Badge } from '@mantine/core';
import type { BriefingStatus } from '../../../shared/domain/briefing';

/** A status, or `preview`: a draft shown as readers will see it once published. */
export type BadgeStatus = BriefingStatus | 'preview';

// Filled, in shades dark enough for white text (WCAG AA) in both colour schemes.
const looks: Record<BadgeStatus, { label: string; color: string }> = {
  published: { label: 'Published', color: 'teal.9' },
  superseded: { label: 'Superseded', color: 'red.9' },
  draft: { label: 'Draft', color: 'gray.7' },
  preview: { label: 'Preview', color: 'violet.9' },
};

export function StatusBadge({ status, size = 'xs' }: { status: BadgeStatus; size?: 'xs' | 'sm' | 'md' }) {
  const look = looks[status];
  return (
    <Badge size={size} color={look.color} variant="filled" data-status-badge>
      {look.label}
    </Badge>
  );
}
