/**
 * Helpers of the page script: DOM building (text only, never markup), the API client, tables and pagers.
 * Plain browser JavaScript as text, served by routes.ts: no template literals inside, so it embeds as is.
 */
export const CORE = String.raw`
'use strict';
// The search page of depindex serve. Every piece of index data is put into the page as text (textContent,
// attribute values), never as markup: project names, files and licences come from untrusted scans.
var API = '/api/v1/';
var TOKEN_KEY = 'depindex-token';

function el(tag, attrs) {
  var node = document.createElement(tag);
  var a = attrs || {};
  Object.keys(a).forEach(function (k) {
    if (a[k] === null || a[k] === undefined || a[k] === false) return;
    if (k === 'text') node.textContent = String(a[k]);
    else node.setAttribute(k, a[k] === true ? '' : String(a[k]));
  });
  for (var i = 2; i < arguments.length; i++) {
    var child = arguments[i];
    if (child === null || child === undefined) continue;
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

function params(object) {
  var p = new URLSearchParams();
  Object.keys(object).forEach(function (k) {
    var v = object[k];
    if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  });
  return p;
}

function link(path, query, text) {
  var q = params(query).toString();
  return el('a', { href: path + (q ? '?' + q : ''), text: text });
}

function day(iso) {
  return iso ? String(iso).slice(0, 10) : '';
}

function count(n, one, many) {
  return n + ' ' + (n === 1 ? one : many);
}

function flag(value, yes, no) {
  return value === null || value === undefined ? 'unknown' : value ? yes : no;
}

function main() {
  return document.getElementById('view');
}

// The live region saying counts and errors; each view puts it under its heading (re-rendering keeps the node).
var statusBox = null;
function statusLine() {
  statusBox = statusBox || document.getElementById('status');
  return statusBox;
}

function status(text, kind) {
  var box = statusLine();
  box.textContent = text;
  box.className = kind || '';
}

function authHeaders() {
  var token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { authorization: 'Bearer ' + token } : {};
}

function askToken(retry) {
  var input = el('input', { id: 'token', type: 'password', autocomplete: 'off', required: true });
  var form = el('form', { class: 'token' },
    el('label', { for: 'token', text: 'This server needs an API token' }), input,
    el('button', { type: 'submit', text: 'Use token' }));
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, input.value);
    form.remove();
    retry();
  });
  main().prepend(form);
  input.focus();
}

// Resolves with the JSON answer; on an error answer, says it in the status line and resolves with null.
function api(path, query, retry) {
  var q = params(query || {}).toString();
  return fetch(API + path + (q ? '?' + q : ''), { headers: authHeaders() }).then(function (response) {
    return response.json().catch(function () { return {}; }).then(function (body) {
      if (response.ok) return body;
      if (response.status === 401 && retry) askToken(retry);
      var message = body && body.error ? body.error.message : 'the server answered ' + response.status;
      status('Error: ' + message, 'error');
      return null;
    });
  }, function () {
    status('Error: the server cannot be reached', 'error');
    return null;
  });
}

function table(caption, headers, rows) {
  var head = el('tr');
  headers.forEach(function (h) { head.appendChild(el('th', { scope: 'col', text: h })); });
  var body = el('tbody');
  rows.forEach(function (cells) {
    var tr = el('tr');
    // data-label names the column where a phone shows each row as a card.
    cells.forEach(function (c, i) { tr.appendChild(el('td', { 'data-label': headers[i] }, c)); });
    body.appendChild(tr);
  });
  return el('div', { class: 'scroll', role: 'region', 'aria-label': caption, tabindex: '0' },
    el('table', null, el('caption', { text: caption }), el('thead', null, head), body));
}

function pager(path, query, total, offset, limit) {
  var nav = el('nav', { class: 'pager', 'aria-label': 'Pages' });
  var q = Object.assign({}, query);
  if (offset > 0) {
    q.offset = Math.max(0, offset - limit) || '';
    nav.appendChild(link(path, q, '← Previous'));
  }
  if (offset + limit < total) {
    q.offset = offset + limit;
    var next = link(path, q, 'Next →');
    next.setAttribute('rel', 'next');
    nav.appendChild(next);
  }
  return nav;
}

function packageLink(hit) {
  return link('/package', { type: hit.type, name: hit.name }, hit.name);
}

function refLink(project, ref) {
  return link('/project', { project: project, ref: ref }, ref);
}
`;
