// Entry of the benchmark page (index.html): exposes the measurements to the driving script.
import type { BenchApi } from './benchApi';
import { appLoad, bareLoad } from './loadDirectory';
import { logCommits } from './logCommits';
import { searchTyping } from './searchTyping';

window.liaisonBench = { appLoad, bareLoad, searchTyping, logCommits } satisfies BenchApi;
document.body.dataset.ready = 'true';
