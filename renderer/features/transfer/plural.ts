// "1 customer", "1,234 customers": counts in the import and export messages.
import { formatCount } from '../../format/number';

export const count = (n: number, singular: string, plural = `${singular}s`): string => `${formatCount(n)} ${n === 1 ? singular : plural}`;
