// Import and export in the command palette (mounted by CommandPalette).
import type { SpotlightActionGroupData } from '@mantine/spotlight';
import { IconFileExport, IconFileImport } from '@tabler/icons-react';
import { useNavigate } from 'react-router';

const ICON = { size: 18, stroke: 1.7, 'aria-hidden': true } as const;
export const IMPORT_PATH = '/customers/import';
export const EXPORT_PATH = '/customers/export';

export function useTransferCommands(): SpotlightActionGroupData {
  const navigate = useNavigate();
  return {
    group: 'Import and export',
    actions: [
      {
        id: 'import-customers',
        label: 'Import customers and contacts…',
        description: 'From a CSV or Excel (.xlsx) file, with a preview before anything is saved',
        keywords: ['import', 'csv', 'excel', 'xlsx', 'spreadsheet', 'upload', 'load', 'directory'],
        leftSection: <IconFileImport {...ICON} />,
        onClick: () => void navigate(IMPORT_PATH),
      },
      {
        id: 'export-customers',
        label: 'Export customers and contacts…',
        description: 'To CSV or Excel (.xlsx): the filtered directory or all of it',
        keywords: ['export', 'csv', 'excel', 'xlsx', 'spreadsheet', 'download', 'save', 'directory', 'regulator'],
        leftSection: <IconFileExport {...ICON} />,
        onClick: () => void navigate(EXPORT_PATH),
      },
    ],
  };
}
