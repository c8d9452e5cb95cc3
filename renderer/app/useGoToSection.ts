import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { FOCUS_MAIN_STATE } from './focusMain';

/** Opens a section from a shortcut or the palette. Asking for the section already open moves focus
 *  into it without adding a duplicate history entry. */
export function useGoToSection(): (path: string) => void {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return useCallback(
    (path: string) => {
      if (path === pathname) void navigate(path, { replace: true, state: FOCUS_MAIN_STATE });
      else void navigate(path);
    },
    [navigate, pathname],
  );
}
