// The directory's filter controls (inside the Filters popover). Every change applies at once; the
// values for service areas and liaisons come from the index keys of the customers on this device.
import { Button, Chip, Group, MultiSelect, NativeSelect, NumberInput, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { customerTiers, facilityTypes } from '../../../../shared/domain/customer';
import { customerFilterOptions } from '../../../data/customers/queries';
import { useDb } from '../../../data/dbContext';
import { useAppStore } from '../../../store/appStore';
import type { DirectoryFilters } from '../../../store/directorySlice';
import { facilityLabels, tierLabels } from '../customerLabels';

const comboboxProps = { withinPortal: false } as const;

export function DirectoryFiltersPanel() {
  const db = useDb();
  const filters = useAppStore((s) => s.directoryFilters);
  const setFilters = useAppStore((s) => s.setDirectoryFilters);
  const clearFilters = useAppStore((s) => s.clearDirectoryFilters);
  const options = useLiveQuery(() => customerFilterOptions(db), [db]);
  const liaisonChoices = [{ value: '', label: 'Anyone' }, ...(options?.liaisons ?? []).map((l) => ({ value: l.id, label: l.name }))];

  return (
    <Stack gap="xs">
      <div role="group" aria-labelledby="filter-tier-label">
        <Text id="filter-tier-label" size="sm" fw={500} mb={6}>
          Priority tier
        </Text>
        <Chip.Group multiple value={filters.tiers} onChange={(v) => setFilters({ tiers: v as DirectoryFilters['tiers'] })}>
          <Group gap={6}>
            {customerTiers.map((tier) => (
              <Chip key={tier} value={tier} size="xs" variant="outline">
                {tierLabels[tier]}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </div>
      <MultiSelect
        label="Facility type"
        size="xs"
        placeholder={filters.facilityTypes.length ? undefined : 'Any facility'}
        data={facilityTypes.map((value) => ({ value, label: facilityLabels[value] }))}
        value={filters.facilityTypes}
        onChange={(v) => setFilters({ facilityTypes: v as DirectoryFilters['facilityTypes'] })}
        searchable
        clearable
        comboboxProps={comboboxProps}
      />
      <MultiSelect
        label="Service area"
        size="xs"
        placeholder={filters.serviceAreas.length ? undefined : 'Any area'}
        data={options?.serviceAreas ?? []}
        value={filters.serviceAreas}
        onChange={(serviceAreas) => setFilters({ serviceAreas })}
        searchable
        clearable
        nothingFoundMessage="No service area with that name"
        comboboxProps={comboboxProps}
      />
      <div role="group" aria-labelledby="filter-generator-label">
        <Text id="filter-generator-label" size="sm" fw={500} mb={6}>
          Backup generation
        </Text>
        <SegmentedControl
          fullWidth
          size="xs"
          value={filters.backupGeneration}
          onChange={(v) => setFilters({ backupGeneration: v as DirectoryFilters['backupGeneration'] })}
          data={[
            { value: 'any', label: 'Any' },
            { value: 'yes', label: 'Has generator' },
            { value: 'no', label: 'No generator' },
          ]}
        />
      </div>
      <SimpleGrid cols={2} spacing="xs">
        <NativeSelect
          label="Assigned liaison"
          size="xs"
          data={liaisonChoices}
          value={filters.assignedLiaisonId ?? ''}
          onChange={(e) => setFilters({ assignedLiaisonId: e.currentTarget.value || null })}
        />
        <NumberInput
          label="Not contacted in (days)"
          size="xs"
          placeholder="Any time"
          min={1}
          max={3650}
          allowDecimal={false}
          allowNegative={false}
          value={filters.notContactedInDays ?? ''}
          onChange={(v) => setFilters({ notContactedInDays: typeof v === 'number' && v >= 1 ? Math.floor(v) : null })}
        />
      </SimpleGrid>
      <Group justify="flex-end">
        <Button variant="subtle" size="xs" onClick={clearFilters}>
          Clear all filters
        </Button>
      </Group>
    </Stack>
  );
}
