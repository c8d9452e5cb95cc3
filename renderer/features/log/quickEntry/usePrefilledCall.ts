import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useAppStore } from '../../../store/appStore';
import { selectRequestQuickEntryFocus, selectSetLogDraft } from '../../../store/logSelectors';
import { prefilledCall } from './prefilledCall';
import type { CallPrefill } from './prefilledCall';

/** Puts a prefilled call in the quick-entry bar (replacing its draft) and takes the liaison there,
 *  focused on the call's outcome: the one thing left to say before Enter logs it. */
export function usePrefilledCall(): (prefill: CallPrefill) => void {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const setDraft = useAppStore(selectSetLogDraft);
  const requestQuickEntryFocus = useAppStore(selectRequestQuickEntryFocus);
  return useCallback((prefill: CallPrefill) => {
    setDraft(prefilledCall(prefill));
    requestQuickEntryFocus('outcome');
    if (pathname !== '/log' && !pathname.startsWith('/log/')) void navigate('/log');
  }, [navigate, pathname, requestQuickEntryFocus, setDraft]);
}
