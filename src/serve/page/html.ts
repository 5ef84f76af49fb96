/**
 * The page shell: everything else is filled in by /assets/app.js from the API. Static: no index data is ever
 * written into this HTML on the server, so nothing stored can become markup.
 */
export function pageHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>depindex</title>
<link rel="stylesheet" href="/assets/style.css">
<script src="/assets/app.js" defer></script>
</head>
<body>
<a class="skip" href="#view">Skip to content</a>
<header>
<a class="brand" href="/">depindex</a>
<nav aria-label="Main"><a href="/">Search</a> <a href="/project">Projects</a> <a href="/api/v1/openapi.json">API</a></nav>
</header>
<p id="status" role="status" aria-live="polite"></p>
<main id="view" tabindex="-1"></main>
<noscript><p>This page needs JavaScript; the same answers come from the JSON API under /api/v1 (see /api/v1/openapi.json).</p></noscript>
</body>
</html>
`;
}
