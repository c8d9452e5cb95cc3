import { Badge } from '@mantine/core';
import type { BriefingStatus } from '../../../shared/domain/briefing';

// Filled, in shades dark enough for white text (WCAG AA) in both colour schemes.
const looks: Record<BriefingStatus, { label: string; color: string }> = {
  published: { label: 'Published', color: 'teal.9' },
  superseded: { label: 'Superseded', color: 'red.9' },
  draft: { label: 'Draft', color: 'gray.7' },
};

export function StatusBadge({ status, size = 'xs' }: { status: BriefingStatus; size?: 'xs' | 'sm' | 'md' }) {
  const look = looks[status];
  return (
    <Badge size={size} color={look.color} variant="filled">
      {look.label}
    </Badge>
  );
}
