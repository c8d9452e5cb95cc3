// The left pane of the directory: search, filters and the virtualized list, wired to the UI store.
// `/` or Ctrl/Cmd+F focus the search; from the search box, Down moves into the list and Enter opens
// the highlighted customer, so "type, Enter" opens the best match.
import { useHotkeys } from '@mantine/hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { useShortcut } from '../../../app/useShortcut';
import { useAppStore } from '../../../store/appStore';
import { FOCUS_DETAIL_STATE } from '../detail/detailNavigation';
import { insideDialog } from '../insideDialog';
import type { PageWindow } from './directoryModel';
import { DirectoryEmpty } from './DirectoryEmpty';
import { DirectoryList, PAGE_SIZE } from './DirectoryList';
import { DirectoryToolbar } from './DirectoryToolbar';
import { useDirectoryRows } from './useDirectoryRows';

export function DirectoryPane() {
  const navigate = useNavigate();
  const shortcut = useShortcut();
  const search = useAppStore((s) => s.directorySearch);
  const setSearch = useAppStore((s) => s.setDirectorySearch);
  const filters = useAppStore((s) => s.directoryFilters);
  const sort = useAppStore((s) => s.directorySort);
  const cursor = useAppStore((s) => s.directoryCursor);
  const setCursor = useAppStore((s) => s.setDirectoryCursor);
  const selectedId = useAppStore((s) => s.directorySelectedId);
  const [loadWindow, setLoadWindow] = useState<PageWindow>({ offset: 0, limit: PAGE_SIZE });
  const rows = useDirectoryRows(search, filters, sort, loadWindow);
  const searchRef = useRef<HTMLInputElement>(null);
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);

  const focusSearch = useCallback(() => {
    if (insideDialog()) return;
    searchRef.current?.focus();
    searchRef.current?.select();
  }, []);
  useHotkeys([['/', focusSearch]]);
  useHotkeys([['mod+F', focusSearch]], []);

  const onWindowChange = useCallback(
    (next: PageWindow) => setLoadWindow((w) => (w.offset === next.offset && w.limit === next.limit ? w : next)),
    [],
  );
  const open = useCallback(
    (index: number, how: 'keyboard' | 'pointer') => {
      const row = rows.rowAt(index);
      if (!row) return;
      setCursor(index);
      void navigate(`/customers/${row.customer.id}`, { replace: true, state: how === 'keyboard' ? FOCUS_DETAIL_STATE : null });
    },
    [rows, navigate, setCursor],
  );

  // Enter typed faster than the search runs opens the best match of what was typed, not of an older term.
  const openWhenFresh = useRef(false);
  const fresh = !rows.stale && rows.searchedText === search.trim();
  useEffect(() => {
    openWhenFresh.current = false; // typing again cancels a pending Enter
  }, [search]);
  useEffect(() => {
    if (!openWhenFresh.current || !fresh) return;
    openWhenFresh.current = false;
    if ((rows.total ?? 0) > 0) open(cursor, 'keyboard');
  }, [fresh, rows, cursor, open]);

  const onSearchKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && (rows.total ?? 0) > 0) {
      e.preventDefault();
      scrollElement?.focus();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!fresh) openWhenFresh.current = true;
      else if ((rows.total ?? 0) > 0) open(cursor, 'keyboard');
    } else if (e.key === 'Escape' && search) {
      e.preventDefault();
      setSearch('');
    }
  };

  return (
    <>
      <DirectoryToolbar rows={rows} searchRef={searchRef} onSearchKeyDown={onSearchKeyDown} searchShortcutAria={`/ ${shortcut.aria('F')}`} />
      {rows.total === undefined || rows.total === 0 ? (
        <DirectoryEmpty rows={rows} />
      ) : (
        <DirectoryList
          rows={rows}
          cursor={cursor}
          selectedId={selectedId}
          scrollRef={setScrollElement}
          scrollElement={scrollElement}
          onCursorChange={setCursor}
          onOpen={open}
          onWindowChange={onWindowChange}
          onTypeAhead={focusSearch}
        />
      )}
    </>
  );
}
