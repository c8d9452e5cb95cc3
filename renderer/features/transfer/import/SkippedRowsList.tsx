// Every skipped row with its line and reasons, virtualized: a file can have 100k bad rows and the list
// still renders only what is in view. The whole list can be saved as CSV to fix the source file.
import { Badge, Button, Group, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import Papa from 'papaparse';
import { memo, useRef, useState } from 'react';
import { neutralizeCell } from '../../../../shared/transfer/neutralize';
import { platform } from '../../../platform/platform';
import { count } from '../plural';
import classes from './ImportReview.module.css';
import type { SkippedRow } from './importSession';

const skippedCsv = (rows: readonly SkippedRow[]) =>
  `\uFEFF${Papa.unparse([['Line', 'Reason'], ...rows.map((r) => [String(r.line), neutralizeCell(r.reasons.join('; '))])], { quotes: true })}\r\n`;

export const SkippedRowsList = memo(function SkippedRowsList({ rows, fileName }: { rows: readonly SkippedRow[]; fileName: string }) {
  const scroller = useRef<HTMLDivElement>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => 34, overscan: 8 });
  if (rows.length === 0) return <Text c="dimmed">No rows are skipped: every row can be imported.</Text>;

  const save = async () => {
    const result = await platform.files.saveAs({
      suggestedName: `${fileName.replace(/\.[^.]+$/, '')}-skipped-rows.csv`,
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      content: skippedCsv(rows),
    });
    setSaveError(result.ok ? null : result.error);
  };

  return (
    <>
      <Group justify="space-between" mb="xs">
        <Text size="sm" c="dimmed">
          {count(rows.length, 'row')} will be skipped. Lines are numbered as in the file (the column names are line 1).
        </Text>
        <Button variant="default" size="xs" leftSection={<IconDownload size={14} aria-hidden />} onClick={() => void save()}>
          Save this list (CSV)
        </Button>
      </Group>
      {saveError && (
        <Text size="sm" c="red" role="alert" mb="xs">
          {saveError}
        </Text>
      )}
      <div ref={scroller} className={classes.skippedScroller} tabIndex={0} role="region" aria-label="Skipped rows">
        <ul className={classes.skippedList} style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <li
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                className={classes.skippedRow}
                style={{ transform: `translateY(${item.start}px)` }}
                aria-setsize={rows.length}
                aria-posinset={item.index + 1}
              >
                <Badge variant="light" color={row.kind === 'existing' ? 'gray' : 'red'} radius="sm" tt="none" className={classes.lineBadge}>
                  Line {row.line}
                </Badge>
                <Text size="sm">{row.reasons.join('; ')}</Text>
              </li>
            );
          })}
        </ul>
      </div>
    </>
  );
});
