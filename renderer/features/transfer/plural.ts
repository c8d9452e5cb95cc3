// "1 customer", "1,234 customers": counts in the import and export messages.
const numberFormat = new Intl.NumberFormat('en-US');

export const count = (n: number, singular: string, plural = `${singular}s`): string => `${numberFormat.format(n)} ${n === 1 ? singular : plural}`;
