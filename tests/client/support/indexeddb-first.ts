// Setup of the quick tests: fake-indexeddb before anything else. Dexie reads `indexedDB` once, when it loads, and
// the quick files share their worker's modules: a file whose first import reaches Dexie (a client module imported
// above its own `fake-indexeddb/auto`) would otherwise leave Dexie without IndexedDB for every later file of that
// worker ("MissingAPIError"), depending on which file the worker happened to run first.
import 'fake-indexeddb/auto';
