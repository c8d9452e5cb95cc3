import { Table, Text } from '@mantine/core';
import { columnName } from './ColumnMappingTable';
import classes from './ImportReview.module.css';
import type { ImportPreview } from './importSession';
import { memo } from 'react';

/** The first data rows exactly as the file has them, with their line numbers. */
export const FirstRowsTable = memo(function FirstRowsTable({ preview }: { preview: ImportPreview }) {
  if (preview.sample.length === 0) return <Text c="dimmed">The file has no rows after the column names.</Text>;
  return (
    <div className={classes.scrollX} tabIndex={0} role="region" aria-label="First rows of the file">
      <Table className={classes.table} verticalSpacing={4} withColumnBorders>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Line</Table.Th>
            {preview.headers.map((_, column) => (
              <Table.Th key={column}>{columnName(preview.headers, column)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.sample.map((row) => (
            <Table.Tr key={row.line}>
              <Table.Td>{row.line}</Table.Td>
              {preview.headers.map((_, column) => (
                <Table.Td key={column} className={classes.cell}>
                  {row.cells[column] ?? ''}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
});
