export const SCRIPT = '';
