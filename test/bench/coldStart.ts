// Entry of cold.html: what the app does at start before the directory shows anything. Opens the local
// database (with its identity check) and resolves the first page of the customer list as the directory
// first asks for it (sort by tier, 100 rows: directorySlice / DirectoryList; the count of all customers
// follows it, as in useDirectoryRows), then puts the rows in the DOM and waits for the next frame.
import { openLocalDb } from '../../renderer/data/db';
import { customersPageRows, liveCustomerCount } from '../../renderer/data/customers/queries';

const DB_NAME = new URLSearchParams(location.search).get('db') ?? undefined;

async function run() {
  const scriptStart = performance.now();
  const db = await openLocalDb(DB_NAME);
  const dbOpen = performance.now();
  const page = await customersPageRows(db, { sort: 'tier', limit: 100 });
  const firstPage = performance.now();
  const counted = liveCustomerCount(db);
  const list = document.createElement('ol');
  for (const row of page.rows) list.append(Object.assign(document.createElement('li'), { textContent: `${row.name} (${row.accountNumber})` }));
  document.body.append(list);
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const firstRowsPainted = performance.now();
  const total = await counted;
  window.coldStartResult = { scriptStart, dbOpen, firstPage, firstRowsPainted, counted: performance.now(), rows: page.rows.length, total };
  db.close();
}

run().catch((error: unknown) => {
  window.coldStartError = error instanceof Error ? error.stack ?? error.message : String(error);
});
