// Web permissions the renderer may use: only notifications (sync and briefing alerts) and writing to the
// clipboard (copying talking points), and only for the app's own origin. Everything else (camera,
// geolocation, HID/serial/USB devices, screen capture, ...) is refused without asking the user.
import type { Session } from 'electron';
import { isAppUrl } from './appOrigin';

export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['notifications', 'clipboard-sanitized-write']);

export const isPermissionAllowed = (permission: string, requestingUrl: string): boolean =>
  ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);

export const installPermissionHandlers = (session: Session): void => {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
};
