// The Web Worker that parses imported files, so a large file never freezes the page (each
// format's parser is loaded here on first use, never in the first paint).
import * as Comlink from 'comlink';
import { createImportApi } from './import-api';

Comlink.expose(createImportApi());
