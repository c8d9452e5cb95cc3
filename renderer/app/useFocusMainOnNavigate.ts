import { useEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { focusMain, isFocusMainRequest } from './focusMain';

/** After a navigation the user asked for, focus lands on the new page's heading. Not on the first
 *  render and not on redirects (replace navigations), unless the navigation asks for it. */
export function useFocusMainOnNavigate(): void {
  const location = useLocation();
  const navigationType = useNavigationType();
  const previousKey = useRef(location.key);
  useEffect(() => {
    if (previousKey.current === location.key) return;
    previousKey.current = location.key;
    if (navigationType !== 'REPLACE' || isFocusMainRequest(location.state)) focusMain();
  }, [location.key, location.state, navigationType]);
}
