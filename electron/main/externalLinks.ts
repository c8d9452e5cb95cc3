// Which links may leave the app for the user's browser: https only, exact host on an allow-list, no
// credentials in the URL. Everything else the renderer tries to open is dropped.

/** Hosts the app itself links to (Help menu: FEMA's ICS forms, which the liaison log exports follow). */
export const EXTERNAL_HOSTS: readonly string[] = ['training.fema.gov', 'www.fema.gov'];

export const isAllowedExternalUrl = (url: string, allowedHosts: readonly string[] = EXTERNAL_HOSTS): boolean => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    allowedHosts.includes(parsed.hostname)
  );
};

/** Wraps `shell.openExternal` so only allow-listed URLs get through; returns whether it opened. */
export const createExternalOpener =
  (openExternal: (url: string) => Promise<void>, allowedHosts: readonly string[] = EXTERNAL_HOSTS) =>
  async (url: string): Promise<boolean> => {
    if (!isAllowedExternalUrl(url, allowedHosts)) return false;
    await openExternal(url);
    return true;
  };
