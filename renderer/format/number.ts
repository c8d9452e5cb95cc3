// Counts as the app shows them: "38,900" and signed changes between briefing versions.
const numberFormat = new Intl.NumberFormat('en-US');

/** "38,900" */
export const formatCount = (n: number): string => numberFormat.format(n);

/** "+1,200" / "−22,400" (a real minus sign) / "±0". */
export const formatDelta = (n: number): string => (n > 0 ? `+${formatCount(n)}` : n < 0 ? `−${formatCount(-n)}` : '±0');
