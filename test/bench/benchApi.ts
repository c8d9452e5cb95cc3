// The contract between the benchmark page (runs in Chromium, against the real data layer) and
// scripts/bench.mjs (drives it with playwright-core). Everything crossing it is plain JSON.
import type { DatasetSize } from '../../shared/demo/generateDataset';

export interface DatasetRequest {
  /** Wall clock the generated data set is relative to: the same value gives the same records. */
  now: number;
  size: DatasetSize;
  dbName: string;
}

export interface TimedLoad {
  records: number;
  ms: number;
  /** Label of the page's cpuMark calls around the timed write (`<label>:start`, `<label>:end`). */
  cpuLabel: string;
}

export interface LoadResult {
  generateMs: number;
  /** Bare run only: deriving rows (tokens, sort keys) before the timed writes. */
  prepareMs: number;
  customers: TimedLoad;
  contacts: TimedLoad;
  /** Records counted back from the database after the load. */
  stored: { customers: number; contacts: number };
}

export type QueryKind =
  | 'contact last name' | 'contact full name' | 'phone, 10 digits' | 'phone, last 7 digits'
  | 'account digits' | 'account with dashes' | 'customer word + contact' | 'customer name + town';

export interface KeystrokeSample {
  kind: QueryKind;
  /** What was in the search box when this keystroke was measured. */
  text: string;
  ms: number;
  hits: number;
}

export interface TypedQuery {
  kind: QueryKind;
  query: string;
  hits: number;
  /** The customer the query was made from is among the hits of the complete query. */
  foundTarget: boolean;
  /** Customers that really match every term (uncapped index lookups). */
  trueMatches: number;
  /** Hits that are true matches; the search should return min(limit, trueMatches) of them. */
  correctHits: number;
  limit: number;
}

export interface SearchRequest {
  dbName: string;
  seed: string;
  queriesPerKind: number;
}

export interface SearchResult {
  samples: KeystrokeSample[];
  queries: TypedQuery[];
}

export interface LogCommitRequest {
  dbName: string;
  seed: string;
  warmup: number;
  commits: number;
}

export interface LogCommitResult {
  ms: number[];
  failures: string[];
  logEntries: number;
  outbox: number;
}

/** An account on the server that serves the page; the page signs in with it (untimed). */
export interface AccountRequest {
  email: string;
  password: string;
  deviceName: string;
}

/** A device of the demo liaison (shared/demo/demoAccounts), an account every seeded server has. */
export interface DemoDeviceRequest {
  deviceName: string;
}

/** Rows per synced table (customers, contacts, events, briefings, briefingAcks, logEntries). */
export type TableCounts = Record<string, number>;

export interface InitialSyncResult {
  /** From starting the sync engine until its first sync completed; `records`: rows stored by it. */
  sync: TimedLoad;
  stored: TableCounts;
}

export interface BareSyncResult {
  /** Untimed: every page pulled through the sync API (fetch, JSON, response schema) at the engine's page size. */
  fetchMs: number;
  pages: number;
  /** Untimed: the rows derived from the pulled records (search tokens, sort keys). */
  prepareMs: number;
  /** One bulkPut per table, each in its own transaction. */
  write: TimedLoad;
  stored: TableCounts;
}

export interface DeviceReady {
  /** From starting the engine until its first sync completed and the live signal was connected. */
  readyMs: number;
  stored: TableCounts;
}

export interface OutreachRequest {
  dbName: string;
  /** Calls logged, each followed by a recomputation of the outreach list. */
  updates: number;
  /** Narrow the event to areas holding about this many customers first (null: as loaded). */
  customers: number | null;
}

export interface OutreachResult {
  /** Customers listed for the active event, and callbacks owed among them. */
  customers: number;
  callbacks: number;
  firstMs: number;
  updateMs: number[];
  /** Durations of main-thread tasks of 50 ms and over during the measurement. */
  longTasks: number[];
}

export interface BenchApi {
  appLoad(request: DatasetRequest): Promise<LoadResult>;
  bareLoad(request: DatasetRequest): Promise<LoadResult>;
  searchTyping(request: SearchRequest): Promise<SearchResult>;
  logCommits(request: LogCommitRequest): Promise<LogCommitResult>;
  outreachUpdates(request: OutreachRequest): Promise<OutreachResult>;
  appInitialSync(request: DemoDeviceRequest): Promise<InitialSyncResult>;
  bareInitialSync(request: DemoDeviceRequest): Promise<BareSyncResult>;
  connectDevice(request: AccountRequest): Promise<DeviceReady>;
  /** Resolves once this page watches its database for the log entry. */
  watchLogEntry(id: string): Promise<void>;
  /** Date.now() when the watched log entry was in this page's database. */
  logEntryArrival(id: string): Promise<number>;
}

export interface ColdStartResult {
  /** All in ms since navigation start (performance.timeOrigin). */
  scriptStart: number;
  dbOpen: number;
  firstPage: number;
  firstRowsPainted: number;
  /** The count of all customers arrived (after the rows were painted). */
  counted: number;
  rows: number;
  total: number;
}

declare global {
  interface Window {
    /** Exposed by the driving script: records the CPU time of this profile's processes now. */
    benchCpuMark?: (label: string) => Promise<void>;
    liaisonBench?: BenchApi;
    coldStartResult?: ColdStartResult;
    coldStartError?: string;
  }
}
