// A measurement that cannot run on this machine (e.g. PostgreSQL is not installed) throws this: its row
// then says "not run: <why>", and the benchmark exits 1 as for any measurement that could not run.
export class MeasurementNotRun extends Error {}
