import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { BriefingRow } from '../../data/rows';
import classes from './BriefingReader.module.css';

function Block({ title, text }: { title: string; text: string }) {
  return (
    <Stack gap={4} className={classes.section}>
      <Title order={3}>{title}</Title>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={text ? undefined : 'dimmed'}>
        {text || 'Not reported in this version.'}
      </Text>
    </Stack>
  );
}

export function DamageAndCrews({ briefing }: { briefing: BriefingRow }) {
  return (
    <SimpleGrid cols={2} spacing="sm">
      <Block title="Damage" text={briefing.damage} />
      <Block title="Crews" text={briefing.crews} />
    </SimpleGrid>
  );
}
