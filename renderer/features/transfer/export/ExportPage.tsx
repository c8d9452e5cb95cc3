// Export customers and contacts to CSV or Excel (route /customers/export): those matching the
// directory's current filters, or all. The file is built in a worker; cells a spreadsheet could run
// as a formula are neutralized (see shared/transfer/neutralize.ts).
import { Alert, Button, Group, Paper, Radio, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconFileExport } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { PageLayout } from '../../../app/PageLayout';
import { customerFilterOptions, customersPage } from '../../../data/customers/queries';
import { useDb } from '../../../data/dbContext';
import { useAppStore } from '../../../store/appStore';
import { describeActiveFilters, toCustomerFilters } from '../../customers/list/directoryModel';
import { count } from '../plural';
import { TransferProgress } from '../TransferProgress';
import type { ExportFormat } from './exportFile';
import { useExport } from './useExport';

export function ExportPage() {
  const db = useDb();
  const navigate = useNavigate();
  const directoryFilters = useAppStore((s) => s.directoryFilters);
  const [now] = useState(() => Date.now());
  const filters = useMemo(() => toCustomerFilters(directoryFilters), [directoryFilters]);
  const hasFilters = Object.keys(filters).length > 0;
  const [scope, setScope] = useState<'filtered' | 'all'>(hasFilters ? 'filtered' : 'all');
  const [format, setFormat] = useState<ExportFormat>('csv');
  const totals = useLiveQuery(async () => {
    const [all, filtered, options] = await Promise.all([
      customersPage(db, { limit: 0 }),
      hasFilters ? customersPage(db, { filters, limit: 0, now }) : null,
      customerFilterOptions(db),
    ]);
    return { all: all.total, filtered: filtered?.total ?? all.total, liaisons: options.liaisons };
  }, [db, filters, hasFilters, now]);
  const { state, start, cancel } = useExport();
  const liaisonName = (id: string) => totals?.liaisons.find((l) => l.id === id)?.name ?? id;
  const filterWords = describeActiveFilters(directoryFilters, liaisonName).map((f) => f.label).join(', ');
  const chosen = scope === 'filtered' && hasFilters ? totals?.filtered : totals?.all;
  const running = state.step === 'running';

  return (
    <PageLayout
      title="Export customers"
      description="Save customers and their contacts as CSV or Excel, one row per contact."
      actions={
        <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={() => void navigate('/customers')}>
          Directory
        </Button>
      }
    >
      <Stack gap="md" maw={640}>
        <Paper withBorder radius="md" p="md">
          <Stack gap="md">
            <Radio.Group label="Customers" value={scope} onChange={(v) => setScope(v as 'filtered' | 'all')}>
              <Stack gap={6} mt={6}>
                <Radio
                  value="filtered"
                  disabled={!hasFilters}
                  label={hasFilters ? `Matching the directory filters (${count(totals?.filtered ?? 0, 'customer')})` : 'Matching the directory filters'}
                  description={hasFilters ? filterWords : 'No filters are set in the directory; set them there to export part of it. Search text is not applied to an export.'}
                />
                <Radio value="all" label={`All customers (${count(totals?.all ?? 0, 'customer')})`} />
              </Stack>
            </Radio.Group>
            <Radio.Group label="Format" value={format} onChange={(v) => setFormat(v as ExportFormat)}>
              <Group gap="lg" mt={6}>
                <Radio value="csv" label="CSV (.csv)" />
                <Radio value="xlsx" label="Excel workbook (.xlsx)" />
              </Group>
            </Radio.Group>
            <Text size="xs" c="dimmed">
              Cells that start with = + - @, a tab or a carriage return get a leading apostrophe so a spreadsheet shows them as text and never
              runs them as a formula; a phone number like +1 415 555 0142 then reads '+1 415 555 0142. Importing the file removes it again.
            </Text>
            <Group>
              <Button
                leftSection={<IconFileExport size={16} aria-hidden />}
                disabled={running || chosen === undefined || chosen === 0}
                onClick={() => start(format, scope === 'filtered' ? filters : {}, now)}
              >
                {chosen === undefined ? 'Export' : `Export ${count(chosen, 'customer')}`}
              </Button>
            </Group>
          </Stack>
        </Paper>
        {running && <TransferProgress label={state.label} fraction={state.fraction} onCancel={cancel} />}
        {state.step === 'finished' && (
          <Alert color={state.ok ? 'green' : 'yellow'} role="status">
            {state.message}
          </Alert>
        )}
      </Stack>
    </PageLayout>
  );
}
