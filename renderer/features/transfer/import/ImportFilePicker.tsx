import { Alert, Button, FileButton, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import type { DragEvent } from 'react';
import { importFieldByKey, requiredImportFields } from '../../../../shared/transfer/importFields';
import { platform } from '../../../platform/platform';
import classes from './ImportFilePicker.module.css';
import { importTemplateCsv } from './templateFile';

export const IMPORT_ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface ImportFilePickerProps {
  onFile: (file: File) => void;
  error: string | null;
}

/** Step 1: a file from a button or dropped on the area, what the file should look like, and a template. */
export function ImportFilePicker({ onFile, error }: ImportFilePickerProps) {
  const [dragging, setDragging] = useState(false);
  const [templateError, setTemplateError] = useState<string | null>(null);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  const saveTemplate = async () => {
    const result = await platform.files.saveAs({
      suggestedName: 'liaison-desk-import-template.csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      content: importTemplateCsv(),
    });
    setTemplateError(result.ok ? null : result.error);
  };

  return (
    <Stack gap="md" maw={760}>
      {error && (
        <Alert color="red" title="The file could not be read" role="alert">
          {error}
        </Alert>
      )}
      <div
        className={classes.dropArea}
        data-dragging={dragging || undefined}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <IconFileSpreadsheet size={32} stroke={1.4} aria-hidden />
        <Text fw={600}>Drop a CSV or Excel (.xlsx) file here</Text>
        <FileButton onChange={(file) => file && onFile(file)} accept={IMPORT_ACCEPT}>
          {(props) => (
            <Button {...props} leftSection={<IconUpload size={16} aria-hidden />}>
              Choose file…
            </Button>
          )}
        </FileButton>
        <Text size="sm" c="dimmed">
          The file is read on this device. Nothing is saved until you confirm.
        </Text>
      </div>
      <Paper withBorder radius="md" p="md">
        <Title order={2} size="h3" mb={6}>
          What the file should look like
        </Title>
        <List size="sm" spacing={4}>
          <List.Item>The first line holds the column names; you can match them to fields after choosing the file.</List.Item>
          <List.Item>
            One row per contact with the customer columns repeated (rows are grouped by account number), or one row per customer without
            contact columns.
          </List.Item>
          <List.Item>
            Needed for every row: {requiredImportFields.map((key) => importFieldByKey[key].label).join(', ')}. A contact needs a phone number or an
            email address.
          </List.Item>
          <List.Item>Several phone numbers or emails in one cell are separated by semicolons; write a label before a colon (“Cell: 415 555 0142”).</List.Item>
        </List>
        <Group mt="sm" gap="sm">
          <Button variant="default" size="xs" leftSection={<IconDownload size={14} aria-hidden />} onClick={() => void saveTemplate()}>
            Save a template (CSV)
          </Button>
          {templateError && (
            <Text size="sm" c="red" role="alert">
              {templateError}
            </Text>
          )}
        </Group>
      </Paper>
    </Stack>
  );
}
