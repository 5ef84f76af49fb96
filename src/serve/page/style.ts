/** The page's style: system fonts, dark text on white (contrast above 7:1), a visible focus ring, one column on a phone. */
export const STYLE = `
:root { --text: #1a1a1a; --muted: #4a4a4a; --link: #0b57d0; --line: #d0d0d0; --bg-alt: #f4f6f8; --error: #a50e0e; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text); background: #fff; }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, summary:focus-visible, .scroll:focus-visible { outline: 3px solid #f9ab00; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px 8px; }
header { display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: baseline; padding: 12px 16px; border-bottom: 1px solid var(--line); }
.brand { font-weight: 700; font-size: 1.25rem; text-decoration: none; color: var(--text); }
header nav a { margin-right: 16px; }
main { padding: 0 16px; max-width: 1200px; }
#status { margin: 12px 0; color: var(--muted); min-height: 1.5em; }
#status.error { color: var(--error); font-weight: 600; }
h1 { font-size: 1.5rem; margin: 12px 0; overflow-wrap: anywhere; }
h1 .ref { color: var(--muted); font-weight: 400; }
form.search { display: grid; gap: 12px; margin-bottom: 16px; }
.field { display: flex; flex-direction: column; gap: 2px; }
.field label, .check label { font-weight: 600; font-size: 0.9rem; }
input[type=text], input[type=password] { font: inherit; padding: 8px; border: 1px solid #767676; border-radius: 4px; min-width: 0; }
.main-field input { font-size: 1.1rem; }
.filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 12px; padding-top: 12px; }
.check { display: flex; gap: 8px; align-items: center; }
.check input { width: 20px; height: 20px; flex: none; }
summary { cursor: pointer; font-weight: 600; }
button, .button { font: inherit; padding: 8px 16px; border: 0; border-radius: 4px; background: #0b57d0; color: #fff; cursor: pointer; justify-self: start; text-decoration: none; display: inline-block; }
.scroll { overflow-x: auto; margin: 12px 0 20px; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: break-word; }
th { background: var(--bg-alt); white-space: nowrap; }
td { max-width: 28em; }
.pager { display: flex; gap: 24px; margin: 8px 0 24px; }
.pager a { padding: 8px 0; }
.summary, .note { color: var(--muted); }
form.token { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 12px 0; }
@media (max-width: 640px) {
  body { font-size: 15px; }
  /* Each row a card, each cell labelled by its column: readable without scrolling sideways. */
  table, tbody, tr, td { display: block; width: 100%; }
  thead { position: absolute; left: -9999px; }
  caption { display: block; }
  tr { border-bottom: 2px solid var(--line); padding: 6px 0; }
  td { border: 0; padding: 2px 0; max-width: none; overflow-wrap: anywhere; }
  td::before { content: attr(data-label) ": "; font-weight: 600; }
}
`;
