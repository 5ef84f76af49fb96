export function pageHtml(): string {
  return '<!doctype html><title>depindex</title>';
}
