import { NumberInput, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { formatCount } from '../../../format/number';
import { areasTotal } from '../model/draftForm';
import type { DraftFormValues } from '../model/draftForm';
import classes from './BriefingDraftForm.module.css';
import { DraftAreasField } from './DraftAreasField';
import { DraftLinesField } from './DraftLinesField';
import { InstantInput } from './InstantInput';

function FieldGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" className={classes.group} component="fieldset" style={{ margin: 0 }}>
      <Title order={2} size="h3" component="legend" px={4}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** Every field of a briefing version, grouped as readers see them. */
export function DraftFields({ form }: { form: UseFormReturnType<DraftFormValues> }) {
  const values = form.getValues();
  const total = areasTotal(values);
  return (
    <Stack gap="md">
      <FieldGroup title="Time">
        <SimpleGrid cols={2} spacing="md" maw={560}>
          <InstantInput label="As of" description="When these figures were current" withAsterisk {...form.getInputProps('asOf')} />
          <InstantInput label="Next briefing time" description="When readers should expect the next version" {...form.getInputProps('nextBriefingAt')} />
        </SimpleGrid>
      </FieldGroup>
      <FieldGroup title="Customers">
        <SimpleGrid cols={2} spacing="md" maw={560}>
          <NumberInput label="Customers affected" description="Without power now" withAsterisk min={0} allowNegative={false} allowDecimal={false} thousandSeparator="," hideControls {...form.getInputProps('customersAffected')} />
          <NumberInput label="Customers restored" description="Back on since the event began" withAsterisk min={0} allowNegative={false} allowDecimal={false} thousandSeparator="," hideControls {...form.getInputProps('customersRestored')} />
        </SimpleGrid>
        {values.areas.length > 0 && (
          <Text size="xs" c={total === values.customersAffected ? 'dimmed' : undefined} fw={total === values.customersAffected ? undefined : 600}>
            The areas below add up to {formatCount(total)} customers out
            {total === values.customersAffected ? ', the same as customers affected.' : typeof values.customersAffected === 'number' ? `, not ${formatCount(values.customersAffected)}: check both.` : '.'}
          </Text>
        )}
      </FieldGroup>
      <FieldGroup title="Areas">
        <DraftAreasField form={form} />
      </FieldGroup>
      <FieldGroup title="Damage and crews">
        <Textarea label="Damage" autosize minRows={2} maxRows={8} {...form.getInputProps('damage')} />
        <Textarea label="Crews" autosize minRows={2} maxRows={8} {...form.getInputProps('crews')} />
      </FieldGroup>
      <FieldGroup title="Safety messages">
        <DraftLinesField form={form} path="safetyMessages" itemLabel="Safety message" />
      </FieldGroup>
      <FieldGroup title="Approved talking points">
        <DraftLinesField form={form} path="talkingPoints" itemLabel="Talking point" />
      </FieldGroup>
    </Stack>
  );
}
