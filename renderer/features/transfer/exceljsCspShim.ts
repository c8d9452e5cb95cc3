// exceljs's browser build installs regenerator-runtime with a plain `regeneratorRuntime = runtime`; in
// strict code (an ES module worker) that assignment throws, and its fallback `Function(...)` is refused
// by the app's Content-Security-Policy (no 'unsafe-eval'). Declaring the global first lets the plain
// assignment succeed. Import this before exceljs.
(globalThis as { regeneratorRuntime?: unknown }).regeneratorRuntime = undefined;

export {};
