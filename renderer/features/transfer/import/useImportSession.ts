// The import page's state and its worker: choose a file -> read (progress, cancel) -> review the
// column mapping, re-checked in the worker after every change -> confirm -> write (progress) -> done.
// Cancelling or leaving the page terminates the worker, which stops whatever it was doing.
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { mappingProblems, remapColumn } from '../../../../shared/transfer/columnMapping';
import type { ColumnMapping } from '../../../../shared/transfer/columnMapping';
import type { ImportFieldKey } from '../../../../shared/transfer/importFields';
import { useDb } from '../../../data/dbContext';
import type { ImportDirectoryReport } from '../../../data/transfer/importDirectory';
import type { FromImportWorker, ToImportWorker } from './importProtocol';
import type { ImportCheck, ImportPreview } from './importSession';

export type ImportState =
  | { step: 'choose'; error: string | null }
  | { step: 'reading'; fileName: string; fraction: number | null }
  | {
      step: 'review';
      preview: ImportPreview;
      mapping: ColumnMapping;
      /** The latest finished check of the current mapping; null while checking or when the mapping is incomplete. */
      check: ImportCheck | null;
      checking: { fraction: number | null } | null;
      error: string | null;
    }
  | { step: 'writing'; preview: ImportPreview; mapping: ColumnMapping; check: ImportCheck; fraction: number }
  | { step: 'done'; fileName: string; report: ImportDirectoryReport };

export interface ImportSession {
  state: ImportState;
  chooseFile: (file: File) => void;
  /** Stops reading (or drops the loaded file) and goes back to choosing a file. */
  cancel: () => void;
  setColumn: (column: number, field: ImportFieldKey | null) => void;
  recheck: () => void;
  confirm: () => void;
}

export function useImportSession(): ImportSession {
  const db = useDb();
  const [state, setState] = useState<ImportState>({ step: 'choose', error: null });
  const worker = useRef<Worker | null>(null);
  const checkId = useRef(0);
  const mappingRef = useRef<ColumnMapping | null>(null);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const send = (message: ToImportWorker) => worker.current?.postMessage(message);

  const startCheck = useCallback((mapping: ColumnMapping) => {
    if (mappingProblems(mapping).length > 0) return false;
    checkId.current += 1;
    worker.current?.postMessage({ type: 'check', checkId: checkId.current, mapping } satisfies ToImportWorker);
    return true;
  }, []);

  // Side effects (posting a new check) happen here, outside the state updaters. Worker news renders as
  // a transition: React renders it in slices, so mounting the review never blocks input for long.
  const onMessage = useCallback((message: FromImportWorker) => startTransition(() => {
    if (message.type === 'loaded') {
      const mapping = message.preview.guessedMapping;
      mappingRef.current = mapping;
      const checking = startCheck(mapping) ? { fraction: 0 } : null;
      setState({ step: 'review', preview: message.preview, mapping, check: null, checking, error: null });
      return;
    }
    if (message.type === 'failed' && message.phase === 'writing') {
      // Batches written before the failure are in the directory now: a new check reports them as existing.
      setState((s) => {
        if (s.step !== 'writing') return s;
        return { step: 'review', preview: s.preview, mapping: s.mapping, check: null, checking: null, error: message.message };
      });
      return;
    }
    setState((s) => {
      switch (message.type) {
        case 'progress':
          if (message.phase === 'reading' && s.step === 'reading') return { ...s, fraction: message.fraction };
          if (message.phase === 'checking' && s.step === 'review' && message.checkId === checkId.current) return { ...s, checking: { fraction: message.fraction } };
          if (message.phase === 'writing' && s.step === 'writing') return { ...s, fraction: message.fraction ?? 0 };
          return s;
        case 'checked':
          return s.step === 'review' && message.checkId === checkId.current ? { ...s, check: message.check, checking: null } : s;
        case 'committed':
          return s.step === 'writing' ? { step: 'done', fileName: s.preview.fileName, report: message.report } : s;
        case 'failed':
          if (s.step === 'reading') return { step: 'choose', error: message.message };
          if (s.step === 'review') return { ...s, checking: null, error: message.message };
          return s;
      }
    });
  }), [startCheck]);

  const chooseFile = useCallback((file: File) => {
    stop();
    const next = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'import' });
    next.onmessage = (event: MessageEvent<FromImportWorker>) => onMessage(event.data);
    next.onerror = (event) => {
      event.preventDefault();
      onMessage({ type: 'failed', phase: 'reading', message: `The import stopped unexpectedly: ${event.message || 'the worker failed'}` });
    };
    worker.current = next;
    setState({ step: 'reading', fileName: file.name, fraction: null });
    next.postMessage({ type: 'load', file, dbName: db.name } satisfies ToImportWorker);
  }, [db, onMessage, stop]);

  const cancel = useCallback(() => {
    stop();
    setState({ step: 'choose', error: null });
  }, [stop]);

  // Stable callbacks (the mapping table is memoized): the current mapping is kept in a ref as well.
  const setColumn = useCallback((column: number, field: ImportFieldKey | null) => {
    if (!mappingRef.current) return;
    const mapping = remapColumn(mappingRef.current, column, field);
    mappingRef.current = mapping;
    const checking = startCheck(mapping) ? { fraction: 0 } : null;
    setState((s) => (s.step === 'review' ? { ...s, mapping, check: null, checking, error: null } : s));
  }, [startCheck]);

  /** Checks the current mapping again (after a failed write or check). */
  const recheck = useCallback(() => {
    if (!mappingRef.current) return;
    const checking = startCheck(mappingRef.current) ? { fraction: 0 } : null;
    setState((s) => (s.step === 'review' ? { ...s, check: null, checking, error: null } : s));
  }, [startCheck]);

  const confirm = () => {
    if (state.step !== 'review' || !state.check || state.checking) return;
    setState({ step: 'writing', preview: state.preview, mapping: state.mapping, check: state.check, fraction: 0 });
    send({ type: 'commit', checkId: checkId.current });
  };

  return { state, chooseFile, cancel, setColumn, recheck, confirm };
}
