import { Badge, Table, Text } from '@mantine/core';
import type { AreaChangeView } from './model/changesView';
import { etrShiftColor } from './model/etrShift';
import classes from './BriefingReader.module.css';

interface ChangedAreasTableProps {
  areas: AreaChangeView[];
  fromVersion: number;
  toVersion: number;
}

function OldNew({ from, to, kind }: { from: string | null; to: string | null; kind: AreaChangeView['kind'] }) {
  if (from === null && to === null) return <Text size="sm" c="dimmed">unchanged</Text>;
  return (
    <Text size="sm" component="span" className={classes.oldNew}>
      {from !== null && <span className={kind === 'removed' ? undefined : classes.old}>{from}</span>}
      {from !== null && to !== null && <span aria-label="changed to"> → </span>}
      {to !== null && <strong>{to}</strong>}
    </Text>
  );
}

/** Areas added, removed or changed between two versions, old and new side by side. */
export function ChangedAreasTable({ areas, fromVersion, toVersion }: ChangedAreasTableProps) {
  return (
    <Table verticalSpacing={4} horizontalSpacing="sm" className={classes.compactTable} aria-label={`Areas changed from version ${fromVersion} to version ${toVersion}`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Service area</Table.Th>
          <Table.Th>Customers out</Table.Th>
          <Table.Th>ETR</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {areas.map((a) => (
          <Table.Tr key={`${a.kind}-${a.serviceArea}`}>
            <Table.Td>
              <Text size="sm" fw={600} span>
                {a.serviceArea}
              </Text>{' '}
              {a.kind === 'added' && <Badge size="xs" color="steel" variant="light">New area</Badge>}
              {a.kind === 'removed' && <Badge size="xs" variant="default">No longer listed</Badge>}
              {a.notes && (
                <Text size="xs" c="dimmed">
                  Notes: {a.notes.from || 'none'} → {a.notes.to || 'none'}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <OldNew from={a.outFrom} to={a.outTo} kind={a.kind} />
              {a.outDelta && (
                <Text size="xs" c="dimmed" span ml={6}>
                  ({a.outDelta})
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <OldNew from={a.etrFrom} to={a.etrTo} kind={a.kind} />
              {a.etrShift && (
                <Badge size="xs" ml={6} variant="filled" color={etrShiftColor[a.etrShift.tone]}>
                  {a.etrShift.label}
                </Badge>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
