import { Badge, Text } from '@mantine/core';
import { IconAlertTriangleFilled } from '@tabler/icons-react';
import type { CustomerRow } from '../../../data/rows';
import { formatCount } from '../../../format/number';
import { generatorStatusLabels, transferSwitchLabels } from '../customerLabels';
import classes from './CustomerDetail.module.css';
import { DetailSection } from './DetailSection';

/** Backup generation facts; a failed or degraded generator (or none at a life-safety site) stands out. */
export function BackupGenerationSection({ customer }: { customer: CustomerRow }) {
  const g = customer.backupGeneration;
  const alarm = g.present && (g.status === 'failed' || g.status === 'degraded');
  return (
    <DetailSection id="customer-generation" title="Backup generation">
      {!g.present ? (
        <Text size="sm" className={customer.tier === 'life_safety' ? classes.warningText : undefined} c={customer.tier === 'life_safety' ? undefined : 'dimmed'}>
          {customer.tier === 'life_safety'
            ? 'No backup generation on record for this life-safety customer: it depends entirely on grid power.'
            : 'No backup generation on record.'}
        </Text>
      ) : (
        <div className={classes.generator} data-alarm={alarm ? g.status : undefined}>
          <dl className={classes.facts}>
            <div>
              <dt>Status</dt>
              <dd>
                <Badge size="md" radius="sm" className={classes.statusBadge} data-status={g.status} leftSection={alarm ? <IconAlertTriangleFilled size={12} aria-hidden /> : undefined}>
                  {generatorStatusLabels[g.status]}
                </Badge>
              </dd>
            </div>
            <div>
              <dt>Size</dt>
              <dd>{g.sizeKw === null ? 'Unknown' : `${formatCount(g.sizeKw)} kW`}</dd>
            </div>
            <div>
              <dt>Fuel on site</dt>
              <dd>{g.fuelHours === null ? 'Unknown' : `${formatCount(g.fuelHours)} hours`}</dd>
            </div>
            <div>
              <dt>Transfer switch</dt>
              <dd>{transferSwitchLabels[g.transferSwitch]}</dd>
            </div>
          </dl>
        </div>
      )}
    </DetailSection>
  );
}
