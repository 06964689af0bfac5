// The entry point: the libraries' mode is set before any of them loads (config/library-mode.ts),
// then server.ts starts the server.
import { productionLibraries } from './config/library-mode.js';

productionLibraries(process.env);
await import('./server.js');
