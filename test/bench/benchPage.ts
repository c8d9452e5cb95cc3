// Entry of the benchmark page (index.html): exposes the measurements to the driving script.
import type { BenchApi } from './benchApi';
import { connectDevice, logEntryArrival, watchLogEntry } from './fanOutDevice';
import { appInitialSync, bareInitialSync } from './initialSync';
import { appLoad, bareLoad } from './loadDirectory';
import { logCommits } from './logCommits';
import { outreachUpdates } from './outreachUpdates';
import { searchTyping } from './searchTyping';

window.liaisonBench = {
  appLoad, bareLoad, searchTyping, logCommits, outreachUpdates, appInitialSync, bareInitialSync, connectDevice, watchLogEntry, logEntryArrival,
} satisfies BenchApi;
document.body.dataset.ready = 'true';
