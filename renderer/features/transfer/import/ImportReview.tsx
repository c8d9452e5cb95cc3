// Step 2: the file is read. The user checks the column choices against the first rows, sees every row
// that will be skipped with its line and reason, and confirms; every change of a column re-checks all
// rows in the worker.
import { Alert, Button, Group, List, Paper, Progress, Stack, Tabs, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { mappingProblems } from '../../../../shared/transfer/columnMapping';
import type { ImportFieldKey } from '../../../../shared/transfer/importFields';
import { count } from '../plural';
import { ColumnMappingTable } from './ColumnMappingTable';
import { FirstRowsTable } from './FirstRowsTable';
import classes from './ImportReview.module.css';
import { confirmLabel, readySentence } from './importSummary';
import { SkippedRowsList } from './SkippedRowsList';
import type { ImportState } from './useImportSession';

interface ImportReviewProps {
  state: Extract<ImportState, { step: 'review' }>;
  onColumn: (column: number, field: ImportFieldKey | null) => void;
  onConfirm: () => void;
  onRecheck: () => void;
  onChooseAnother: () => void;
}

function CheckStatus({ state, onRecheck }: Pick<ImportReviewProps, 'state' | 'onRecheck'>) {
  const problems = mappingProblems(state.mapping);
  if (problems.length > 0) {
    return (
      <Alert color="yellow" title="Choose the missing columns" p="xs">
        <List size="sm">
          {problems.map((p) => <List.Item key={p}>{p}</List.Item>)}
        </List>
      </Alert>
    );
  }
  if (state.error) {
    return (
      <Alert color="red" title="The rows could not be checked or saved" p="xs">
        <Text size="sm">{state.error}</Text>
        <Button size="xs" variant="default" mt={6} onClick={onRecheck}>Check the rows again</Button>
      </Alert>
    );
  }
  if (state.checking || !state.check) {
    const percent = Math.round((state.checking?.fraction ?? 0) * 100);
    return (
      <Stack gap={4}>
        <Text size="sm">Checking every row… {percent}%</Text>
        <Progress value={percent} aria-label="Checking rows" transitionDuration={150} />
      </Stack>
    );
  }
  const { check } = state;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>{readySentence(check)}</Text>
      {check.examples.length > 0 && (
        <Text size="sm" c="dimmed">
          For example: {check.examples.map((e) => `${e.name} (${e.accountNumber}, ${count(e.contacts, 'contact')})`).join('; ')}
        </Text>
      )}
    </Stack>
  );
}

export function ImportReview({ state, onColumn, onConfirm, onRecheck, onChooseAnother }: ImportReviewProps) {
  const { preview, check } = state;
  const canImport = check !== null && state.checking === null && check.customerCount > 0;
  const skippedCount = check?.skipped.length;
  // The file button that had focus is gone: focus lands on the summary, right before its commands.
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => summaryRef.current?.focus(), []);
  return (
    <Stack gap="md">
      <Paper ref={summaryRef} tabIndex={-1} withBorder radius="md" p="md" className={classes.summary} aria-label="Import summary" component="section">
        <Stack gap="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text size="sm">
              <b>{preview.fileName}</b>
              {preview.sheetName && ` · sheet “${preview.sheetName}”`} · {count(preview.rowCount, 'row')} after the column names (line {preview.headerLine})
            </Text>
            <Button variant="default" size="xs" onClick={onChooseAnother}>Choose another file</Button>
          </Group>
          <div role="status" aria-live="polite">
            <CheckStatus state={state} onRecheck={onRecheck} />
          </div>
          <Group>
            <Button leftSection={<IconCheck size={16} aria-hidden />} disabled={!canImport} onClick={onConfirm}>
              {check ? confirmLabel(check) : 'Import'}
            </Button>
            <Text size="xs" c="dimmed">Only the rows without problems are imported. Skipped rows are not changed in your file.</Text>
          </Group>
        </Stack>
      </Paper>
      <Tabs defaultValue="columns" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="columns">Columns</Tabs.Tab>
          <Tabs.Tab value="rows">First rows</Tabs.Tab>
          <Tabs.Tab value="skipped">Skipped rows{skippedCount !== undefined && ` (${skippedCount.toLocaleString('en-US')})`}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="columns" pt="sm">
          <ColumnMappingTable preview={preview} mapping={state.mapping} onChange={onColumn} />
        </Tabs.Panel>
        <Tabs.Panel value="rows" pt="sm">
          <FirstRowsTable preview={preview} />
        </Tabs.Panel>
        <Tabs.Panel value="skipped" pt="sm">
          {check ? <SkippedRowsList rows={check.skipped} fileName={preview.fileName} /> : <Text c="dimmed">The rows are being checked…</Text>}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
