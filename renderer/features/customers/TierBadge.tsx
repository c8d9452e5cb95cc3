import { Badge } from '@mantine/core';
import { IconAlertTriangleFilled } from '@tabler/icons-react';
import type { CustomerTier } from '../../../shared/domain/customer';
import { tierLabels, tierShortLabels } from './customerLabels';
import classes from './TierBadge.module.css';

interface TierBadgeProps {
  tier: CustomerTier;
  /** Short words for dense rows; the full tier name stays available to screen readers. */
  compact?: boolean;
}

/** Priority tier as a badge; life-safety critical is solid red with a warning icon so it stands out. */
export function TierBadge({ tier, compact = false }: TierBadgeProps) {
  const label = compact ? tierShortLabels[tier] : tierLabels[tier];
  return (
    <Badge
      className={classes.badge}
      data-tier={tier}
      size={compact ? 'sm' : 'md'}
      radius="sm"
      variant="filled"
      leftSection={tier === 'life_safety' ? <IconAlertTriangleFilled size={compact ? 11 : 13} aria-hidden /> : undefined}
      title={tierLabels[tier]}
    >
      {label}
    </Badge>
  );
}
