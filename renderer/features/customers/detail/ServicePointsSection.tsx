import { Table, Text } from '@mantine/core';
import type { ServicePoint } from '../../../../shared/domain/customer';
import classes from './CustomerDetail.module.css';
import { DetailSection } from './DetailSection';

/** Where the utility serves the customer: address and the grid behind it. */
export function ServicePointsSection({ servicePoints }: { servicePoints: ServicePoint[] }) {
  return (
    <DetailSection id="customer-service-points" title={`Service points (${servicePoints.length})`}>
      {servicePoints.length === 0 ? (
        <Text size="sm" c="dimmed">
          No service point on record.
        </Text>
      ) : (
        <Table withTableBorder verticalSpacing={6} horizontalSpacing="sm" fz="sm" className={classes.table}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Address</Table.Th>
              <Table.Th>Feeder / circuit</Table.Th>
              <Table.Th>Substation</Table.Th>
              <Table.Th>Service area</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {servicePoints.map((sp) => (
              <Table.Tr key={sp.id}>
                <Table.Td>{sp.address}</Table.Td>
                <Table.Td className={classes.mono}>{sp.feeder || '—'}</Table.Td>
                <Table.Td>{sp.substation || '—'}</Table.Td>
                <Table.Td>{sp.serviceArea || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </DetailSection>
  );
}
