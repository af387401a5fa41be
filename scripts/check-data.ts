import { runCheckData } from './check-data-run';

process.exitCode = runCheckData(process.argv.slice(2), console);
