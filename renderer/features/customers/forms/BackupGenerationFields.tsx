import { Checkbox, Fieldset, NativeSelect, NumberInput, SimpleGrid } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { generatorStatusLabels, optionsOf, transferSwitchLabels } from '../customerLabels';
import type { CustomerFormValues } from './customerFormValues';
import classes from './forms.module.css';

/** Backup generation: whether there is any, then size, fuel, transfer switch and status. */
export function BackupGenerationFields({ form }: { form: UseFormReturnType<CustomerFormValues> }) {
  const present = form.values.backupGeneration.present;
  return (
    <Fieldset legend="Backup generation" className={classes.fieldset}>
      <Checkbox label="Backup generation on site" {...form.getInputProps('backupGeneration.present', { type: 'checkbox' })} />
      {present && (
        <SimpleGrid cols={4} spacing="xs" mt="sm">
          <NumberInput label="Size (kW)" min={0} allowNegative={false} thousandSeparator="," {...form.getInputProps('backupGeneration.sizeKw')} />
          <NumberInput label="Fuel (hours)" min={0} allowNegative={false} {...form.getInputProps('backupGeneration.fuelHours')} />
          <NativeSelect label="Transfer switch" data={optionsOf(transferSwitchLabels)} {...form.getInputProps('backupGeneration.transferSwitch')} />
          <NativeSelect label="Status" data={optionsOf(generatorStatusLabels)} {...form.getInputProps('backupGeneration.status')} />
        </SimpleGrid>
      )}
    </Fieldset>
  );
}
