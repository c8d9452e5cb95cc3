// Copying from a briefing: straight to the clipboard for the current version; for a superseded or
// draft version, a warning first, also when the user selects text and presses Ctrl+C (the copy event
// is held back until they confirm).
import { useEffect, useState } from 'react';
import type { ClipboardEvent } from 'react';
import type { QuoteWarning } from './model/freshness';

export interface PendingCopy {
  text: string;
  /** What is being copied, in words ("Talking point 2"), for the "copied" feedback. */
  key: string;
}

export interface GuardedCopy {
  copy: (text: string, key: string) => void;
  /** What was just copied, in words (cleared after a moment). */
  copied: string | null;
  error: string | null;
  /** A copy waiting for the user to accept the warning. */
  pending: PendingCopy | null;
  confirm: () => void;
  cancel: () => void;
  onCopyEvent: (event: ClipboardEvent) => void;
}

export function useGuardedCopy(warning: QuoteWarning | null): GuardedCopy {
  const [pending, setPending] = useState<PendingCopy | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (copied === null) return;
    const timer = setTimeout(() => setCopied(null), 2500);
    return () => clearTimeout(timer);
  }, [copied]);

  const write = async ({ text, key }: PendingCopy) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(key);
      setError(null);
    } catch {
      setError('Could not copy to the clipboard. Select the text and press Ctrl+C instead.');
    }
  };

  return {
    copy: (text, key) => (warning ? setPending({ text, key }) : void write({ text, key })),
    copied,
    error,
    pending,
    confirm: () => {
      if (pending) void write(pending);
      setPending(null);
    },
    cancel: () => setPending(null),
    onCopyEvent: (event) => {
      const text = window.getSelection()?.toString() ?? '';
      if (!warning || text.trim() === '' || pending) return;
      event.preventDefault();
      setPending({ text, key: 'Selected text' });
    },
  };
}
