/** depindex's version; a test keeps it equal to package.json's (reading package.json at start-up costs time). */
export const VERSION = '0.1.0';
export const TOOL_NAME = 'depindex';
