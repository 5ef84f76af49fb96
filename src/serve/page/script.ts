import { CORE } from './script-core.js';
import { VIEWS } from './script-views.js';

/** The page script, in one function scope so nothing leaks into the page's globals. */
export const SCRIPT = `(function () {\n${CORE}\n${VIEWS}\n})();\n`;
