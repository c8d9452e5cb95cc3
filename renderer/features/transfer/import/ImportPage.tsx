// Import customers and contacts from CSV or Excel (route /customers/import). Reading, checking and
// writing happen in a Web Worker; this page shows the steps, and keeps the user from navigating away
// while the rows are being written.
import { Button, Group, Modal, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useBlocker, useNavigate } from 'react-router';
import { PageLayout } from '../../../app/PageLayout';
import { count } from '../plural';
import { TransferProgress } from '../TransferProgress';
import { ImportDone } from './ImportDone';
import { ImportFilePicker } from './ImportFilePicker';
import { ImportReview } from './ImportReview';
import { useImportSession } from './useImportSession';

export function ImportPage() {
  const navigate = useNavigate();
  const { state, chooseFile, cancel, setColumn, recheck, confirm } = useImportSession();
  const blocker = useBlocker(state.step === 'writing');

  return (
    <PageLayout
      title="Import customers"
      description="Add customers and their contacts from a CSV or Excel file. Nothing is saved until you confirm."
      actions={
        <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={() => void navigate('/customers')}>
          Directory
        </Button>
      }
    >
      {state.step === 'choose' && <ImportFilePicker onFile={chooseFile} error={state.error} />}
      {state.step === 'reading' && (
        <TransferProgress
          label={`Reading ${state.fileName}`}
          fraction={state.fraction}
          detail={state.fraction === null ? 'Unpacking the workbook; large Excel files take a while.' : undefined}
          onCancel={cancel}
        />
      )}
      {state.step === 'review' && (
        <ImportReview state={state} onColumn={setColumn} onConfirm={confirm} onRecheck={recheck} onChooseAnother={cancel} />
      )}
      {state.step === 'writing' && (
        <TransferProgress
          label={`Importing ${count(state.check.customerCount, 'customer')} and ${count(state.check.contactCount, 'contact')}`}
          fraction={state.fraction}
          detail="Each batch is saved together with its changes for the server. Keep this page open until it finishes."
        />
      )}
      {state.step === 'done' && (
        <ImportDone fileName={state.fileName} report={state.report} onOpenDirectory={() => void navigate('/customers')} onAnother={cancel} />
      )}
      <Modal opened={blocker.state === 'blocked'} onClose={() => blocker.reset?.()} title="The import is still being saved" centered>
        <Text size="sm">
          Leaving now stops the import. Customers saved so far stay in the directory; importing the same file again skips them.
        </Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => blocker.proceed?.()}>Leave and stop</Button>
          <Button onClick={() => blocker.reset?.()} data-autofocus>Stay</Button>
        </Group>
      </Modal>
    </PageLayout>
  );
}
