// The log's words for coded values, bundled the way the ICS writers in shared/ics take them.
import type { EntryLabels } from '../../../shared/ics/entryActivity';
import { categoryLabels, channelLabels, directionLabels, lifeSafetyLabels } from '../log/logLabels';

export const entryLabels: EntryLabels = { category: categoryLabels, channel: channelLabels, direction: directionLabels, lifeSafety: lifeSafetyLabels };
