/**
 * The page's views: search, package, projects and a project's ref, chosen by the URL's path.
 * Plain browser JavaScript as text, served by routes.ts: no template literals inside, so it embeds as is.
 */
export const VIEWS = String.raw`
var FIELDS = [
  ['name', 'Package name', 'text', 'lodash, django, org.slf4j/slf4j-api'],
  ['type', 'Type', 'text', 'npm, pypi, maven …'],
  ['version', 'Exact version', 'text', ''],
  ['range', 'Version range (needs type)', 'text', '^4.17.0, <2.17.1'],
  ['license', 'Licence', 'text', 'MIT'],
  ['advisory', 'Advisory id or alias', 'text', 'CVE-2023-29197, GHSA-wxmh-65f7-jcvw'],
  ['project', 'Project', 'text', 'group/project'],
  ['group', 'Group', 'text', 'group/subgroup'],
  ['ref', 'Branch or tag', 'text', 'main'],
  ['file', 'Dependency file', 'text', 'package-lock.json'],
  ['added-since', 'Added since', 'text', '2026-11-01, 7d'],
];
var CHECKS = [['default-branch', 'Default branches only'], ['exclude-development', 'Leave out development dependencies']];

function searchForm(query) {
  var form = el('form', { class: 'search', role: 'search', action: '/', method: 'get' });
  var field = function (f) {
    var input = el('input', { id: 'f-' + f[0], name: f[0], type: f[2], value: query.get(f[0]) || '', placeholder: f[3] || null, autocomplete: 'off' });
    return el('div', { class: 'field' }, el('label', { for: 'f-' + f[0], text: f[1] }), input);
  };
  var main = el('div', { class: 'main-field' }, field(FIELDS[0]));
  var filters = el('div', { class: 'filters' });
  FIELDS.slice(1).forEach(function (f) { filters.appendChild(field(f)); });
  CHECKS.forEach(function (c) {
    var box = el('input', { id: 'f-' + c[0], name: c[0], type: 'checkbox', value: 'true', checked: query.get(c[0]) === 'true' });
    filters.appendChild(el('div', { class: 'check' }, box, el('label', { for: 'f-' + c[0], text: c[1] })));
  });
  var open = FIELDS.slice(1).some(function (f) { return query.get(f[0]); }) || CHECKS.some(function (c) { return query.get(c[0]); });
  form.appendChild(main);
  form.appendChild(el('details', { open: open }, el('summary', { text: 'Filters' }), filters));
  form.appendChild(el('button', { type: 'submit', text: 'Search' }));
  // Empty fields stay out of the URL, so a shared link says only what was asked.
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var p = new URLSearchParams();
    new FormData(form).forEach(function (v, k) { if (String(v).trim() !== '') p.set(k, String(v).trim()); });
    location.assign('/' + (p.toString() ? '?' + p.toString() : ''));
  });
  return form;
}

function searchView() {
  var query = new URLSearchParams(location.search);
  var about = query.get('name') || query.get('advisory');
  document.title = about ? about + ' · depindex' : 'depindex search';
  var view = main();
  view.appendChild(el('h1', { text: 'Search dependencies' }));
  view.appendChild(searchForm(query));
  view.appendChild(statusLine());
  var results = el('section', { 'aria-label': 'Results' });
  view.appendChild(results);
  var asked = {};
  query.forEach(function (v, k) { asked[k] = v; });
  if (Object.keys(asked).length === 0) {
    status('Type a package name, or open the filters, and search.');
    return;
  }
  var run = function () {
    results.textContent = '';
    api('dependencies', asked, run).then(function (answer) {
      if (!answer) return;
      var first = answer.hits.length ? answer.offset + 1 : 0;
      var last = answer.offset + answer.hits.length;
      status(count(answer.total, 'dependency', 'dependencies') + (asked.advisory ? ' affected by ' + asked.advisory : '') + ' in ' + count(answer.byProject.length, 'project', 'projects') + (answer.total ? '; showing ' + first + '–' + last : ''));
      if (!answer.hits.length) return;
      results.appendChild(table('Dependencies ' + first + ' to ' + last + ' of ' + answer.total,
        ['Package', 'Version', 'Project', 'Ref', 'File', 'Licences', 'Direct', 'Development', 'Added'],
        answer.hits.map(function (h) {
          return [packageLink(h), h.version, h.project, refLink(h.project, h.ref), h.file, h.licenses ? h.licenses.join(', ') : 'unknown',
            flag(h.introduced, 'direct', 'transitive'), flag(h.development, 'yes', 'no'), day(h.createdAt)];
        })));
      results.appendChild(pager('/', asked, answer.total, answer.offset, answer.limit));
      if (answer.byProject.length > 1) {
        results.appendChild(table('Counts by project', ['Project', 'Dependencies'], answer.byProject.slice(0, 20).map(function (p) {
          return [p.project, String(p.count)];
        })));
      }
    });
  };
  run();
}

function packageView() {
  var query = new URLSearchParams(location.search);
  var asked = { type: query.get('type'), name: query.get('name') };
  document.title = (asked.name || 'Package') + ' · depindex';
  var view = main();
  var run = function () {
    view.textContent = '';
    view.appendChild(el('h1', { text: (asked.name || '') + (asked.type ? ' (' + asked.type + ')' : '') }));
    view.appendChild(statusLine());
    api('package', asked, run).then(function (p) {
      if (!p) return;
      status(count(p.total, 'use', 'uses') + ' in ' + count(p.projects.length, 'project', 'projects') + '; newest version in use: ' + (p.newestVersion || 'none') + (p.complete ? '' : ' (first 10,000 uses counted)'));
      view.appendChild(table('Versions in use, newest first', ['Version', 'Uses', 'Projects', 'First seen'], p.versions.map(function (v) {
        return [link('/', { name: p.name, type: p.type, version: v.version }, v.version), String(v.uses), String(v.projects), day(v.firstSeen)];
      })));
      view.appendChild(table('Projects using it', ['Project', 'Versions', 'Refs', 'First seen'], p.projects.map(function (u) {
        var refs = el('span');
        u.refs.forEach(function (r, i) { if (i) refs.appendChild(document.createTextNode(', ')); refs.appendChild(refLink(u.project, r)); });
        return [u.project, u.versions.join(', '), refs, day(u.firstSeen)];
      })));
    });
  };
  run();
}

function sbomLink(project, ref) {
  var href = API + 'projects/' + encodeURIComponent(project) + '/refs/' + encodeURIComponent(ref) + '/sbom';
  var a = el('a', { href: href, download: '', class: 'button', text: 'Download SBOM (CycloneDX 1.6)' });
  // With a token the download goes through fetch, which can send it; a plain link cannot.
  a.addEventListener('click', function (event) {
    if (!sessionStorage.getItem(TOKEN_KEY)) return;
    event.preventDefault();
    fetch(href, { headers: authHeaders() }).then(function (r) { return r.blob(); }).then(function (blob) {
      var url = URL.createObjectURL(blob);
      var temp = el('a', { href: url, download: 'sbom.cdx.json' });
      document.body.appendChild(temp);
      temp.click();
      temp.remove();
      URL.revokeObjectURL(url);
    });
  });
  return a;
}

function projectsView() {
  var query = new URLSearchParams(location.search);
  var asked = { group: query.get('group'), offset: query.get('offset'), limit: 50 };
  document.title = 'Projects · depindex';
  var view = main();
  var run = function () {
    view.textContent = '';
    view.appendChild(el('h1', { text: 'Projects' }));
    view.appendChild(statusLine());
    api('projects', asked, run).then(function (page) {
      if (!page) return;
      status(count(page.total, 'project', 'projects'));
      view.appendChild(table('Projects and their refs', ['Project', 'Refs', 'Last scan'], page.projects.map(function (p) {
        var refs = el('span');
        p.refs.forEach(function (r, i) {
          if (i) refs.appendChild(document.createTextNode(', '));
          refs.appendChild(refLink(p.project, r.ref));
          if (r.defaultBranch) refs.appendChild(document.createTextNode(' (default)'));
        });
        return [p.project, refs, day(p.lastScannedAt)];
      })));
      view.appendChild(pager('/project', { group: asked.group }, page.total, page.offset, page.limit));
    });
  };
  run();
}

// The findings of the checks stored with the last scan of a ref, most severe first (suppressed ones left out).
function findingsTable(findings) {
  var caption = 'Findings' + (findings.total > findings.hits.length ? ' (first ' + findings.hits.length + ' of ' + findings.total + ')' : '');
  return table(caption, ['Severity', 'Kind', 'Package', 'Version', 'File', 'Message', 'First seen'], findings.hits.map(function (f) {
    var advisory = f.advisory && f.advisory.url && /^https?:\/\//i.test(f.advisory.url)
      ? el('a', { href: f.advisory.url, rel: 'noopener noreferrer', text: f.advisory.id }) : null;
    return [f.severity, f.kind, f.name, f.version, f.file, el('span', null, f.message, advisory ? ' ' : null, advisory), day(f.firstSeenAt)];
  }));
}

function refView(project, ref) {
  var query = new URLSearchParams(location.search);
  var offset = Number(query.get('offset')) || 0;
  document.title = project + ' @ ' + ref + ' · depindex';
  var view = main();
  var run = function () {
    view.textContent = '';
    view.appendChild(el('h1', null, project, el('span', { class: 'ref', text: ' @ ' + ref })));
    view.appendChild(statusLine());
    api('projects/' + encodeURIComponent(project) + '/refs/' + encodeURIComponent(ref) + '/sets', {}, run).then(function (answer) {
      if (!answer) return;
      var total = 0;
      var last = '';
      var commit = null;
      answer.sets.forEach(function (s) {
        total += s.dependencies;
        if (s.scannedAt > last) { last = s.scannedAt; commit = s.commitSha; }
      });
      var first = answer.sets[0];
      status(count(answer.sets.length, 'dependency file', 'dependency files') + ', ' + count(total, 'dependency', 'dependencies') + '; last scan ' + day(last) + (commit ? ' at ' + commit.slice(0, 12) : ''));
      view.appendChild(el('p', { class: 'summary' },
        (first.refType === 'tag' ? 'Tag' : 'Branch') + (first.defaultBranch ? ', the default branch. ' : '. '), sbomLink(project, ref)));
      view.appendChild(table('Dependency files', ['File', 'Package manager', 'Dependencies', 'Scanned', 'Commit', 'Pipeline'], answer.sets.map(function (s) {
        var pipeline = s.pipelineUrl && /^https?:\/\//i.test(s.pipelineUrl) ? el('a', { href: s.pipelineUrl, rel: 'noopener noreferrer', text: 'pipeline' }) : '';
        return [link('/', { project: project, ref: ref, file: s.file }, s.file), s.packageManager || '', String(s.dependencies), day(s.scannedAt),
          s.commitSha ? s.commitSha.slice(0, 12) : '', pipeline];
      })));
      view.appendChild(el('p', { class: 'note', text: 'Why-paths appear here once the index stores dependency graphs.' }));
      return api('findings', { project: project, ref: ref, limit: 100 }, null);
    }).then(function (findings) {
      if (!findings || !findings.hits) return null;
      if (findings.total === 0) view.appendChild(el('p', { class: 'summary', text: 'No findings stored for this ref.' }));
      else view.appendChild(findingsTable(findings));
      return api('dependencies', { project: project, ref: ref, offset: offset || '', limit: 50 }, null);
    }).then(function (deps) {
      if (!deps || !deps.hits) return;
      view.appendChild(table('Dependencies ' + (deps.hits.length ? offset + 1 : 0) + ' to ' + (offset + deps.hits.length) + ' of ' + deps.total,
        ['Package', 'Version', 'File', 'Licences', 'Direct', 'Development', 'Added'], deps.hits.map(function (h) {
          return [packageLink(h), h.version, h.file, h.licenses ? h.licenses.join(', ') : 'unknown', flag(h.introduced, 'direct', 'transitive'),
            flag(h.development, 'yes', 'no'), day(h.createdAt)];
        })));
      view.appendChild(pager('/project', { project: project, ref: ref }, deps.total, deps.offset, deps.limit));
    });
  };
  run();
}

document.addEventListener('DOMContentLoaded', function () {
  var q = new URLSearchParams(location.search);
  if (location.pathname === '/package') packageView();
  else if (location.pathname === '/project' && q.get('project') && q.get('ref')) refView(q.get('project'), q.get('ref'));
  else if (location.pathname === '/project') projectsView();
  else searchView();
});
`;
