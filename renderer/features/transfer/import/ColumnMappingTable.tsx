import { NativeSelect, Table, Text } from '@mantine/core';
import type { ColumnMapping } from '../../../../shared/transfer/columnMapping';
import { importFields, requiredImportFields } from '../../../../shared/transfer/importFields';
import type { ImportFieldKey } from '../../../../shared/transfer/importFields';
import classes from './ImportReview.module.css';
import type { ImportPreview } from './importSession';
import { memo } from 'react';

const NOT_IMPORTED = '';
const optionsFor = (group: 'customer' | 'contact') =>
  importFields
    .filter((f) => f.group === group)
    .map((f) => ({ value: f.key, label: requiredImportFields.includes(f.key) ? `${f.label} (needed)` : f.label }));
const fieldOptions = [
  { value: NOT_IMPORTED, label: 'Don’t import' },
  { group: 'Customer', items: optionsFor('customer') },
  { group: 'Contact', items: optionsFor('contact') },
];

export const columnName = (headers: readonly string[], column: number) => headers[column] || `Column ${column + 1} (no name)`;

interface ColumnMappingTableProps {
  preview: ImportPreview;
  mapping: ColumnMapping;
  onChange: (column: number, field: ImportFieldKey | null) => void;
}

/** One line per file column: its name, its first values and the field it is imported as. */
export const ColumnMappingTable = memo(function ColumnMappingTable({ preview, mapping, onChange }: ColumnMappingTableProps) {
  return (
    <Table className={classes.table} verticalSpacing={4} highlightOnHover stickyHeader>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="26%">Column in the file</Table.Th>
          <Table.Th>First values</Table.Th>
          <Table.Th w={260}>Import as</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {preview.headers.map((_, column) => {
          const name = columnName(preview.headers, column);
          const samples = preview.sample.map((row) => row.cells[column]?.trim() ?? '').filter(Boolean).slice(0, 3);
          return (
            <Table.Tr key={column} data-unmapped={mapping[column] === null || undefined}>
              <Table.Td fw={600}>{name}</Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed" lineClamp={1} title={samples.join(' · ')}>
                  {samples.length > 0 ? samples.join(' · ') : '(empty in the first rows)'}
                </Text>
              </Table.Td>
              <Table.Td>
                <NativeSelect
                  size="xs"
                  aria-label={`Import column “${name}” as`}
                  data={fieldOptions}
                  value={mapping[column] ?? NOT_IMPORTED}
                  onChange={(event) => onChange(column, (event.currentTarget.value || null) as ImportFieldKey | null)}
                />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
});
