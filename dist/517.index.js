export const id = 517;
export const ids = [517];
export const modules = {

/***/ 93326:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var scan = __webpack_require__(86849)
var parse = __webpack_require__(25501)

module.exports = function (source) {
  return parse(scan(source))
}


/***/ }),

/***/ 25501:
/***/ ((module) => {



// The ABNF grammar in the spec is totally ambiguous.
//
// This parser follows the operator precedence defined in the
// `Order of Precedence and Parentheses` section.

module.exports = function (tokens) {
  var index = 0

  function hasMore () {
    return index < tokens.length
  }

  function token () {
    return hasMore() ? tokens[index] : null
  }

  function next () {
    if (!hasMore()) {
      throw new Error()
    }
    index++
  }

  function parseOperator (operator) {
    var t = token()
    if (t && t.type === 'OPERATOR' && operator === t.string) {
      next()
      return t.string
    }
  }

  function parseWith () {
    if (parseOperator('WITH')) {
      var t = token()
      if (t && t.type === 'EXCEPTION') {
        next()
        return t.string
      }
      throw new Error('Expected exception after `WITH`')
    }
  }

  function parseLicenseRef () {
    // TODO: Actually, everything is concatenated into one string
    // for backward-compatibility but it could be better to return
    // a nice structure.
    var begin = index
    var string = ''
    var t = token()
    if (t.type === 'DOCUMENTREF') {
      next()
      string += 'DocumentRef-' + t.string + ':'
      if (!parseOperator(':')) {
        throw new Error('Expected `:` after `DocumentRef-...`')
      }
    }
    t = token()
    if (t === null) {
      throw new Error('Unexpected end of input')
    }
    if (t.type === 'LICENSEREF') {
      next()
      string += 'LicenseRef-' + t.string
      var node = { license: string }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
    index = begin
  }

  function parseLicense () {
    var t = token()
    if (t && t.type === 'LICENSE') {
      next()
      var node = { license: t.string }
      if (parseOperator('+')) {
        node.plus = true
      }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
  }

  function parseParenthesizedExpression () {
    var left = parseOperator('(')
    if (!left) {
      return
    }

    var expr = parseExpression()

    if (!parseOperator(')')) {
      throw new Error('Expected `)`')
    }

    return expr
  }

  function parseAtom () {
    return (
      parseParenthesizedExpression() ||
      parseLicenseRef() ||
      parseLicense()
    )
  }

  function makeBinaryOpParser (operator, nextParser) {
    return function parseBinaryOp () {
      var left = nextParser()
      if (!left) {
        return
      }

      if (!parseOperator(operator)) {
        return left
      }

      var right = parseBinaryOp()
      if (!right) {
        throw new Error('Expected expression')
      }
      return {
        left: left,
        conjunction: operator.toLowerCase(),
        right: right
      }
    }
  }

  var parseAnd = makeBinaryOpParser('AND', parseAtom)
  var parseExpression = makeBinaryOpParser('OR', parseAnd)

  var node = parseExpression()
  if (!node || hasMore()) {
    throw new Error('Syntax error')
  }
  return node
}


/***/ }),

/***/ 86849:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var licenses = []
  .concat(__webpack_require__(75204))
  .concat(__webpack_require__(3389))
var exceptions = __webpack_require__(53988)

module.exports = function (source) {
  var index = 0

  function hasMore () {
    return index < source.length
  }

  // `value` can be a regexp or a string.
  // If it is recognized, the matching source string is returned and
  // the index is incremented. Otherwise `undefined` is returned.
  function read (value) {
    if (value instanceof RegExp) {
      var chars = source.slice(index)
      var match = chars.match(value)
      if (match) {
        index += match[0].length
        return match[0]
      }
    } else {
      if (source.indexOf(value, index) === index) {
        index += value.length
        return value
      }
    }
  }

  function skipWhitespace () {
    read(/[ ]*/)
  }

  function operator () {
    var string
    var possibilities = [/^WITH/i, /^AND/i, /^OR/i, '(', ')', ':', '+']
    for (var i = 0; i < possibilities.length; i++) {
      string = read(possibilities[i])
      if (string) {
        break
      }
    }

    if (string === '+' && index > 1 && source[index - 2] === ' ') {
      throw new Error('Space before `+`')
    }

    return string && {
      type: 'OPERATOR',
      string: string.toUpperCase()
    }
  }

  function idstring () {
    return read(/[A-Za-z0-9-.]+/)
  }

  function expectIdstring () {
    var string = idstring()
    if (!string) {
      throw new Error('Expected idstring at offset ' + index)
    }
    return string
  }

  function documentRef () {
    if (read('DocumentRef-')) {
      var string = expectIdstring()
      return { type: 'DOCUMENTREF', string: string }
    }
  }

  function licenseRef () {
    if (read('LicenseRef-')) {
      var string = expectIdstring()
      return { type: 'LICENSEREF', string: string }
    }
  }

  function identifier () {
    var begin = index
    var string = idstring()

    if (licenses.indexOf(string) !== -1) {
      return {
        type: 'LICENSE',
        string: string
      }
    } else if (exceptions.indexOf(string) !== -1) {
      return {
        type: 'EXCEPTION',
        string: string
      }
    }

    index = begin
  }

  // Tries to read the next token. Returns `undefined` if no token is
  // recognized.
  function parseToken () {
    // Ordering matters
    return (
      operator() ||
      documentRef() ||
      licenseRef() ||
      identifier()
    )
  }

  var tokens = []
  while (hasMore()) {
    skipWhitespace()
    if (!hasMore()) {
      break
    }

    var token = parseToken()
    if (!token) {
      throw new Error('Unexpected `' + source[index] +
                      '` at offset ' + index)
    }

    tokens.push(token)
  }
  return tokens
}


/***/ }),

/***/ 9076:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ fingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);

/**
 * The stable id of a finding: a hash of what makes it the same finding (kind, dependency file, purl with
 * version, and the rule or advisory behind it), never of run-specific things (time, order, message wording),
 * so the same finding has the same id across runs, machines, input order, and between a pipeline and a rescan.
 * `key` is the rule's own identity ("deny:pkg:npm/left-pad"), the advisory id, or the changed value.
 */
function fingerprint(kind, file, purl, key) {
    // crypto.hash: the one-shot form of createHash, without a Hash object per finding (thousands on a large scan).
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha256', JSON.stringify([kind, file, purl, key]), 'hex').slice(0, 32);
}


/***/ }),

/***/ 99376:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseCommandArgs),
/* harmony export */   S: () => (/* binding */ startCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49103);


/** node:util parseArgs, with its errors turned into one line for the log instead of a thrown TypeError. */
function parseCommandArgs(args, options) {
    try {
        const parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: [...args], options, allowPositionals: true, strict: true });
        return { ok: true, value: parsed };
    }
    catch (e) {
        return { ok: false, error: e.message.replace(/\. To specify a positional argument.*$/s, '') };
    }
}
/**
 * The start every subcommand shares: parse its flags, answer --help, and give a `usage` that says what is wrong
 * on one line, points at --help and exits 64. `exit` is set when the command is already answered.
 */
function startCommand(name, args, options, help, io) {
    const usage = (message) => {
        io.stderr.write(`${name}: ${message}\nRun "${name} --help" for usage.\n`);
        return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.usage;
    };
    const parsed = parseCommandArgs(args, options);
    if (!parsed.ok)
        return { exit: usage(parsed.error) };
    if (parsed.value.values.help) {
        io.stdout.write(help.endsWith('\n') ? help : help + '\n');
        return { exit: _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.ok };
    }
    return { exit: null, values: parsed.value.values, positionals: parsed.value.positionals, usage };
}


/***/ }),

/***/ 62175:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rescanCommand: () => (/* binding */ rescanCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/metadata/store/open.js
var store_open = __webpack_require__(82068);
// EXTERNAL MODULE: ./build/model/result.js
var result = __webpack_require__(46305);
// EXTERNAL MODULE: ./build/metadata/match/match.js + 5 modules
var match = __webpack_require__(93686);
// EXTERNAL MODULE: ./build/metadata/match/package-key.js
var package_key = __webpack_require__(78448);
// EXTERNAL MODULE: ./build/metadata/store/types.js
var types = __webpack_require__(5791);
;// CONCATENATED MODULE: ./build/metadata/rescan/notifications.js
/**
 * What changed between a set's previous vulnerability findings and the new ones, by fingerprint: a finding not
 * there before is `new`; one whose first fixed version appeared is `fixed-available`; one whose severity or
 * advisory details changed is `updated`. Findings that went away say nothing (the advisory was withdrawn or
 * changed): the findings storage marks them no longer detected.
 */
function notificationsFor(set, previous, current) {
    const before = new Map(previous.map((f) => [f.id, f]));
    const out = [];
    for (const f of current) {
        const old = before.get(f.id);
        let kind = null;
        if (!old)
            kind = 'new';
        else if (old.fixedVersions.length === 0 && f.fixedVersions.length > 0)
            kind = 'fixed-available';
        else if (old.severity !== f.severity || JSON.stringify(old.advisory) !== JSON.stringify(f.advisory) || JSON.stringify(old.fixedVersions) !== JSON.stringify(f.fixedVersions))
            kind = 'updated';
        if (kind)
            out.push({ kind, project: set.project, ref: set.ref, file: set.file, purl: f.purl, advisory: f.advisory?.id ?? '', severity: f.severity });
    }
    return out;
}

;// CONCATENATED MODULE: ./build/metadata/rescan/rescan.js





const setKeyText = (s) => JSON.stringify([s.project, s.ref, s.file]);
/** The changed packages as the index keys names: OS packages (keyed by bare name) by their type alone. */
function packageNames(keys) {
    const byType = new Map();
    for (const k of keys) {
        const list = byType.get(k.type);
        if ((0,package_key/* isOsType */.f0)(k.type))
            byType.set(k.type, null);
        else if (list)
            list.push(k.key);
        else if (list === undefined)
            byType.set(k.type, [k.key]);
    }
    return [...byType].map(([type, nameKeys]) => ({ type, nameKeys }));
}
/**
 * Evaluates stored sets against the advisories written since each set was last evaluated, with no pipeline:
 * a set none of whose packages has a changed advisory is skipped; the others are matched whole (so their
 * findings and fingerprints equal the pipeline's), recorded, and compared with what they gave before.
 */
async function rescan(index, metadata, refs, sink, options) {
    const revision = await metadata.revision();
    if (!revision.ok)
        return revision;
    const listed = await refs.list(options.scope);
    if (!listed.ok)
        return listed;
    // Per revision sets were last evaluated at (most share one): the changed packages, and (for sets of the same
    // scan, when the lister can tell without loading them: SQL over the index's name keys) the sets holding any.
    const changedCache = new Map();
    const changedSince = async (since, holdingToo) => {
        let hit = changedCache.get(since);
        if (!hit) {
            const keys = await metadata.changedSince(since);
            if (!keys.ok)
                return keys;
            hit = { keys: keys.value, texts: new Set(keys.value.map(types/* packageKeyText */.N)) };
            changedCache.set(since, hit);
        }
        if (holdingToo && hit.holding === undefined) {
            hit.holding = null;
            if (refs.setsHolding) {
                const found = await refs.setsHolding(packageNames(hit.keys));
                if (!found.ok)
                    return found;
                hit.holding = new Set(found.value.map(setKeyText));
            }
        }
        return (0,result.ok)({ keys: hit.texts, holding: hit.holding ?? null });
    };
    let sets = 0;
    let evaluated = 0;
    let findings = 0;
    const notifications = [];
    for (const { project, ref } of listed.value) {
        // The listing first: a set evaluated at the current revision since its last scan is skipped unread.
        const summaries = await index.listSets(project, ref);
        if (!summaries.ok)
            return summaries;
        for (const summary of summaries.value) {
            sets++;
            const key = { project, ref, file: summary.file };
            const at = await sink.evaluated(key);
            if (!at.ok)
                return at;
            const sameScan = at.value.scannedAt === summary.scannedAt;
            if (sameScan && at.value.revision >= revision.value)
                continue;
            const changed = await changedSince(at.value.revision, sameScan);
            if (!changed.ok)
                return changed;
            // The same scan, none of whose packages changed: its findings stay, unread.
            if (sameScan && changed.value.holding && !changed.value.holding.has(setKeyText(key))) {
                const kept = await sink.unchanged(key, revision.value, summary.scannedAt);
                if (!kept.ok)
                    return kept;
                continue;
            }
            // A set scanned again since its last evaluation is evaluated whole: its dependencies changed.
            const previous = await sink.previous(key);
            if (!previous.ok)
                return previous;
            // Only this set, with the graph stored with it (issue 15), which gives the findings their introducedBy (a set
            // stored without edges has none: introduced dependencies then stand for themselves).
            const loaded = await index.loadSet(project, ref, summary.file);
            if (!loaded.ok)
                return loaded;
            const s = loaded.value;
            if (!s)
                continue; // removed between the listing and the load: nothing to evaluate
            if (previous.value.scannedAt === s.scannedAt && !s.dependencies.some((d) => changed.value.keys.has((0,types/* packageKeyText */.N)((0,package_key/* dependencyKey */.jy)(d))))) {
                const kept = await sink.record(key, revision.value, s.scannedAt, previous.value.findings);
                if (!kept.ok)
                    return kept;
                continue;
            }
            evaluated++;
            const current = await (0,match.matchVulnerabilities)([s], metadata, { includeDevelopment: options.includeDevelopment });
            findings += current.length;
            notifications.push(...notificationsFor(key, previous.value.findings, current));
            const recorded = await sink.record(key, revision.value, s.scannedAt, current);
            if (!recorded.ok)
                return recorded;
        }
    }
    const flushed = await sink.flush();
    if (!flushed.ok)
        return flushed;
    return (0,result.ok)({ sets, evaluated, findings, notifications });
}

// EXTERNAL MODULE: external "node:sqlite"
var external_node_sqlite_ = __webpack_require__(80099);
// EXTERNAL MODULE: ./build/metadata/store/sqlite-schema.js
var sqlite_schema = __webpack_require__(53018);
;// CONCATENATED MODULE: ./build/metadata/rescan/sqlite-state.js



const message = (e) => (e instanceof Error ? e.message : String(e));
/**
 * The rescan's SQLite side, in the index file: how far each set was evaluated in md_rescan_sets, and the
 * (project, ref) pairs read from the index's own `sets` and `project_namespaces` tables (read only).
 */
function openSqliteRescanState(path) {
    let db;
    let read;
    let write;
    try {
        db = new external_node_sqlite_.DatabaseSync(path, { timeout: 15_000 });
        // As the index's own connection (sqlite/schema.ts): in WAL mode a commit then waits for no fsync, and a killed
        // process still loses nothing committed (a power cut may lose the last saves: their sets are evaluated again).
        db.exec('PRAGMA journal_mode = WAL');
        db.exec('PRAGMA synchronous = NORMAL');
        // The index's checkpoint threshold too: at SQLite's default (1,000 pages) each save after the rescan's findings
        // writes checkpointed the whole WAL, a sync of the file each time (a tenth of a rescan, bench/rescan.ts).
        db.exec('PRAGMA wal_autocheckpoint = 10000');
        (0,sqlite_schema/* prepareMetadataSchema */.W1)(db, `sqlite:${path}`);
        read = db.prepare('SELECT revision, scanned_at FROM md_rescan_sets WHERE project = ? AND ref = ? AND file = ?');
        // The findings column is no longer read (the findings are in the index's findings store, store-sink.ts); it
        // stays, empty, so the table keeps the layout older indexes have.
        write = db.prepare("INSERT OR REPLACE INTO md_rescan_sets (project, ref, file, revision, scanned_at, findings) VALUES (?, ?, ?, ?, ?, '[]')");
    }
    catch (e) {
        return (0,result/* err */._)(`cannot open sqlite:${path} for rescan: ${message(e)}`);
    }
    return (0,result.ok)({
        async evaluated(set) {
            try {
                const row = read.get(set.project, set.ref, set.file);
                return (0,result.ok)(row ? { revision: Number(row.revision), scannedAt: row.scanned_at } : { revision: 0, scannedAt: null });
            }
            catch (e) {
                return (0,result/* err */._)(`reading rescan state of ${set.project} ${set.ref} ${set.file}: ${message(e)}`);
            }
        },
        async save(set, revision, scannedAt) {
            try {
                write.run(set.project, set.ref, set.file, revision, scannedAt);
                return (0,result.ok)(undefined);
            }
            catch (e) {
                return (0,result/* err */._)(`writing rescan state of ${set.project} ${set.ref} ${set.file}: ${message(e)}`);
            }
        },
        async saveMany(entries) {
            try {
                db.exec('BEGIN IMMEDIATE');
                try {
                    for (const { set, revision, scannedAt } of entries)
                        write.run(set.project, set.ref, set.file, revision, scannedAt);
                    db.exec('COMMIT');
                }
                catch (e) {
                    db.exec('ROLLBACK');
                    throw e;
                }
                return (0,result.ok)(undefined);
            }
            catch (e) {
                return (0,result/* err */._)(`writing rescan state of ${entries.length} sets: ${message(e)}`);
            }
        },
        async setsHolding(packages) {
            const named = packages.flatMap((p) => (p.nameKeys === null ? [] : p.nameKeys.map((k) => [p.type, k])));
            const anyOf = packages.filter((p) => p.nameKeys === null).map((p) => p.type);
            try {
                // Through the name index, from the changed names (few, after an hourly sync): never every set's rows.
                const byName = named.length === 0 ? [] : db.prepare(`SELECT DISTINCT s.project, s.ref, s.file FROM json_each(?) j
           CROSS JOIN dependencies d INDEXED BY dependencies_by_name ON d.name_key = j.value ->> 1 AND d.type = j.value ->> 0
           JOIN sets s ON s.id = d.set_id`).all(JSON.stringify(named));
                // OS packages are keyed by their bare name, not the stored key: any set with one of the type is a candidate.
                const byType = anyOf.length === 0 ? [] : db.prepare('SELECT DISTINCT s.project, s.ref, s.file FROM dependencies d JOIN sets s ON s.id = d.set_id WHERE d.type IN (SELECT value FROM json_each(?))').all(JSON.stringify(anyOf));
                return (0,result.ok)([...byName, ...byType].map((r) => ({ project: String(r.project), ref: String(r.ref), file: String(r.file) })));
            }
            catch (e) {
                return (0,result/* err */._)(`finding the sets holding changed packages in sqlite:${path}: ${message(e)}`);
            }
        },
        async list(scope) {
            const where = [];
            const params = [];
            if (scope.project !== undefined) {
                where.push('project = ?');
                params.push(scope.project);
            }
            if (scope.group !== undefined) {
                where.push('project IN (SELECT project FROM project_namespaces WHERE namespace = ?)');
                params.push(scope.group);
            }
            if (scope.ref !== undefined) {
                where.push('ref = ?');
                params.push(scope.ref);
            }
            if (scope.defaultBranchOnly)
                where.push('default_branch = 1');
            try {
                const rows = db.prepare(`SELECT DISTINCT project, ref FROM sets ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY project, ref`).all(...params);
                return (0,result.ok)(rows.map((r) => ({ project: String(r.project), ref: String(r.ref) })));
            }
            catch (e) {
                return (0,result/* err */._)(`listing stored sets in sqlite:${path}: ${message(e)}`);
            }
        },
        close() {
            if (db.isOpen)
                db.close();
        },
    });
}

;// CONCATENATED MODULE: ./build/metadata/rescan/store-sink.js

/** The findings of one set a rescan owns: vulnerabilities matched from synced advisories (the input's stay the pipeline's). */
const ownedBy = (file) => (f) => f.kind === 'vulnerability' && f.file === file && f.advisory?.source !== 'input';
/** A stored finding as the checks made it, without what the store adds. */
function plain(f) {
    const { project: _project, ref: _ref, firstSeenAt: _first, firstCommitSha: _commit, lastSeenAt: _last, ...finding } = f;
    return finding;
}
const sameFindings = (a, b) => {
    if (a.length !== b.length)
        return false;
    const text = (list) => JSON.stringify([...list].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)));
    return text(a) === text(b);
};
const setKey = (s) => JSON.stringify([s.project, s.ref, s.file]);
/**
 * The rescan's findings go to the findings store of the index (Store.writeFindingsBatch), where `depindex findings`,
 * the API and the next pipeline's comparison see them; only how far each set was evaluated stays in `progress`.
 * A set's rescan findings replace its metadata vulnerability findings and nothing else: other kinds, other files
 * and the input's own vulnerabilities are written back as they were. A finding the pipeline suppressed stays
 * suppressed (the exceptions are the pipeline's configuration, which a rescan does not read).
 *
 * Writes are batched: `record` keeps the findings of a ref in memory until the rescan moves on, and the progress of
 * up to `batch` sets; then (and at `flush`) the changed refs' findings are written in one write
 * (Store.writeFindingsBatch: one SQLite transaction, which pipelines writing the same file wait for), and only after
 * them the progress of the batch's sets, in one write. A crash before the progress evaluates those sets again,
 * never loses their findings; a crash before the findings loses nothing the store had.
 */
function storeFindingSink(index, progress, options = {}) {
    const clock = options.clock ?? (() => new Date());
    const batch = Math.max(1, options.batch ?? 256);
    let current = null;
    const changedRefs = [];
    const pending = new Map();
    const same = (r, set) => r.project === set.project && r.ref === set.ref;
    async function flush() {
        if (current?.context) {
            changedRefs.push(current);
            current = null; // read again when needed: the store's is then the current state
        }
        const refs = changedRefs.splice(0);
        const written = await index.writeFindingsBatch(refs.map((r) => ({ context: r.context, findings: r.findings })));
        if (!written.ok)
            return (0,result/* err */._)(`writing the rescan findings of ${refs.length} refs: ${written.error}`);
        const entries = [...pending.values()];
        pending.clear();
        if (entries.length === 0)
            return (0,result.ok)(undefined);
        if (progress.saveMany)
            return progress.saveMany(entries);
        for (const e of entries) {
            const saved = await progress.save(e.set, e.revision, e.scannedAt);
            if (!saved.ok)
                return saved;
        }
        return (0,result.ok)(undefined);
    }
    /** A set recorded but not yet saved says what `record` was told. */
    async function evaluated(set) {
        const waiting = pending.get(setKey(set));
        return waiting ? (0,result.ok)({ revision: waiting.revision, scannedAt: waiting.scannedAt }) : progress.evaluated(set);
    }
    /** The ref's findings, read when the rescan comes to it; the previous ref's changes wait for the next flush. */
    async function load(set) {
        if (current && same(current, set))
            return (0,result.ok)(current);
        if (current?.context)
            changedRefs.push(current);
        current = null;
        // A ref come back to before its changes were written (not how a rescan goes): they are written first.
        if (changedRefs.some((r) => same(r, set))) {
            const flushed = await flush();
            if (!flushed.ok)
                return flushed;
        }
        const stored = await index.loadFindings(set.project, set.ref);
        if (!stored.ok)
            return (0,result/* err */._)(`reading the findings of ${set.project} ${set.ref}: ${stored.error}`);
        current = { project: set.project, ref: set.ref, findings: stored.value.map(plain), context: null };
        return (0,result.ok)(current);
    }
    return {
        evaluated,
        async previous(set) {
            const at = await evaluated(set);
            if (!at.ok)
                return at;
            const ref = await load(set);
            if (!ref.ok)
                return ref;
            return (0,result.ok)({ ...at.value, findings: ref.value.findings.filter(ownedBy(set.file)) });
        },
        async record(set, revision, scannedAt, findings) {
            const loaded = await load(set);
            if (!loaded.ok)
                return loaded;
            const ref = loaded.value;
            const mine = ownedBy(set.file);
            const before = new Map(ref.findings.filter(mine).map((f) => [f.id, f]));
            const now = findings.map((f) => {
                const old = before.get(f.id);
                return old?.suppressed ? { ...f, suppressed: true, suppressedBy: old.suppressedBy } : f;
            });
            if (!sameFindings([...before.values()], now)) {
                if (!ref.context) {
                    const context = await contextOf(index, set, clock());
                    if (!context.ok)
                        return context;
                    ref.context = context.value;
                }
                ref.findings = [...ref.findings.filter((f) => !mine(f)), ...now];
            }
            pending.set(setKey(set), { set, revision, scannedAt });
            return pending.size >= batch ? flush() : (0,result.ok)(undefined);
        },
        async unchanged(set, revision, scannedAt) {
            pending.set(setKey(set), { set, revision, scannedAt });
            return pending.size >= batch ? flush() : (0,result.ok)(undefined);
        },
        flush,
    };
}
/** The ref as its stored set says (type, default branch, commit), at the rescan's time. */
async function contextOf(index, set, now) {
    const sets = await index.listSets(set.project, set.ref);
    if (!sets.ok)
        return (0,result/* err */._)(`reading the sets of ${set.project} ${set.ref}: ${sets.error}`);
    const found = sets.value.find((s) => s.file === set.file) ?? sets.value[0];
    if (!found)
        return (0,result/* err */._)(`${set.project} ${set.ref} has no stored set any more`);
    return (0,result.ok)({ project: set.project, ref: set.ref, refType: found.refType, defaultBranch: found.defaultBranch, commitSha: found.commitSha, pipelineUrl: null, scannedAt: now });
}

;// CONCATENATED MODULE: ./build/metadata/rescan/webhook.js

const DEFAULT_POLICY = { attempts: 5, baseDelayMs: 500, timeoutMs: 30_000 };
/** The URL as messages show it: scheme, host and path; credentials and the query (where tokens live) are left out. */
function redactedUrl(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname}${u.search ? '?…' : ''}`;
    }
    catch {
        return '(an invalid URL)';
    }
}
/**
 * POSTs the notifications as `{"notifications": [...]}`; retried with exponential backoff on 429, 5xx, network
 * errors and timeouts. `token` (DEPINDEX_WEBHOOK_TOKEN) goes in an Authorization header and never into a message.
 */
async function postNotifications(url, notifications, token, policy = {}) {
    const settings = { ...DEFAULT_POLICY, ...policy };
    const shown = redactedUrl(url);
    let last = '';
    for (let attempt = 1; attempt <= settings.attempts; attempt++) {
        try {
            const response = await fetch(url, {
                method: 'POST',
                headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
                body: JSON.stringify({ notifications }),
                signal: AbortSignal.timeout(settings.timeoutMs),
                redirect: 'error',
            });
            await response.body?.cancel();
            if (response.ok)
                return (0,result.ok)(undefined);
            last = `HTTP ${response.status}`;
            if (response.status !== 429 && response.status < 500)
                break;
        }
        catch (e) {
            last = e instanceof Error && e.name === 'TimeoutError' ? `no answer within ${settings.timeoutMs} ms` : 'the connection failed';
        }
        if (attempt < settings.attempts)
            await new Promise((resolve) => setTimeout(resolve, settings.baseDelayMs * 2 ** (attempt - 1)));
    }
    return (0,result/* err */._)(`the webhook ${shown} did not take the notifications: ${last}`);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./build/metadata/rescan/write-atomic.js



/** Replaces a file whole: written beside it under a temporary name, synced, then renamed over it. */
async function writeFileAtomic(path, text) {
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${process.pid}.${Date.now()}.tmp`);
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        const handle = await (0,promises_.open)(temp, 'w');
        try {
            await handle.writeFile(text);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,promises_.rename)(temp, path);
        return (0,result.ok)(undefined);
    }
    catch (e) {
        await (0,promises_.rm)(temp, { force: true });
        return (0,result/* err */._)(`cannot write ${path}: ${e.code ?? e.message}`);
    }
}

// EXTERNAL MODULE: ./build/run/exit-codes.js
var exit_codes = __webpack_require__(49103);
// EXTERNAL MODULE: ./build/store/open.js
var build_store_open = __webpack_require__(57268);
// EXTERNAL MODULE: ./build/cli/args.js
var cli_args = __webpack_require__(99376);
;// CONCATENATED MODULE: ./build/cli/rescan.js












const help = `Usage: depindex rescan [--project PATH] [--group NAMESPACE] [--ref REF] [--default-branch]
                       [--exclude-development] [--notify-jsonl FILE] [--webhook URL] [--store STORE]

Evaluates the stored dependency sets against the advisories synced since each set was last evaluated, with no
pipeline: writes their vulnerability findings to the store and tells what is new, as JSON lines
{"kind": "new"|"updated"|"fixed-available", "project", "ref", "file", "purl", "advisory", "severity"}.

Options:
  --project, --group, --ref, --default-branch   which sets, as for search
  --exclude-development   leave development dependencies out
  --notify-jsonl FILE     write the notifications there (replaced whole) instead of stdout
  --webhook URL           also POST them as {"notifications": [...]}; a bearer token is read from
                          DEPINDEX_WEBHOOK_TOKEN, never from the command line
  --store STORE           sqlite:PATH or an Elasticsearch URL (default $DEPINDEX_STORE, else ${build_store_open/* DEFAULT_STORE */.Oc})

Exit codes: 0 done; 3 the store could not be read or written, or the webhook refused; 64 the command line was wrong.`;
/** The Elasticsearch RescanProgress, loaded only for an Elasticsearch store. */
async function elasticsearchState(metadata) {
    const { elasticsearchRescanState } = await __webpack_require__.e(/* import() */ 582).then(__webpack_require__.bind(__webpack_require__, 70582));
    return 'client' in metadata ? (0,result.ok)(elasticsearchRescanState(metadata)) : (0,result/* err */._)('rescan: the store is not an Elasticsearch store');
}
const rescanCommand = {
    name: 'rescan',
    summary: 'Evaluate stored sets against newly synced advisories, without a pipeline; notify',
    help,
    async run(args, io) {
        const name = 'depindex rescan';
        const start = (0,cli_args/* startCommand */.S)(name, args, {
            project: { type: 'string' },
            group: { type: 'string' },
            ref: { type: 'string' },
            'default-branch': { type: 'boolean' },
            'exclude-development': { type: 'boolean' },
            'notify-jsonl': { type: 'string' },
            webhook: { type: 'string' },
            store: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        }, help, io);
        if (start.exit !== null)
            return start.exit;
        const { values, positionals, usage } = start;
        if (positionals.length > 0)
            return usage(`unexpected argument "${positionals[0]}"`);
        const webhook = values.webhook;
        if (webhook !== undefined && !/^https?:\/\//i.test(webhook))
            return usage(`--webhook ${redactedUrl(webhook)} is not an http(s) URL`);
        const spec = values.store ?? (io.env.DEPINDEX_STORE || build_store_open/* DEFAULT_STORE */.Oc);
        const kind = (0,build_store_open/* storeKindOf */.lu)(spec);
        if (!kind.ok)
            return usage(kind.error);
        const path = (0,store_open/* sqlitePathOf */.Zd)(spec, io.cwd);
        if (path === ':memory:')
            return usage('rescan reads a stored index: sqlite::memory: holds none');
        // The index must exist (nothing to rescan otherwise), and is opened to write: the findings go into it.
        if (path !== null && !(0,external_node_fs_.existsSync)(path)) {
            io.stderr.write(`${name}: sqlite:${path} does not exist; scan or sync into it first\n`);
            return exit_codes/* EXIT */.d.output;
        }
        const index = await (0,build_store_open/* openStore */.Ch)(spec, { cwd: io.cwd, env: io.env });
        if (!index.ok) {
            io.stderr.write(`${name}: ${index.error}\n`);
            return exit_codes/* EXIT */.d.output;
        }
        const metadata = await (0,store_open/* openMetadataStore */.jL)(spec, { cwd: io.cwd, env: io.env, create: false });
        // How far each set was evaluated: beside the metadata, in the same kind of store.
        const state = path !== null ? openSqliteRescanState(path) : metadata.ok ? await elasticsearchState(metadata.value) : metadata;
        try {
            if (!metadata.ok || !state.ok) {
                io.stderr.write(`${name}: ${!metadata.ok ? metadata.error : !state.ok ? state.error : ''}\n`);
                return exit_codes/* EXIT */.d.output;
            }
            const scope = {
                ...(values.project !== undefined && { project: values.project }),
                ...(values.group !== undefined && { group: values.group }),
                ...(values.ref !== undefined && { ref: values.ref }),
                ...(values['default-branch'] === true && { defaultBranchOnly: true }),
            };
            // Findings to the index's findings store (depindex findings, the API), progress beside the metadata.
            const sink = storeFindingSink(index.value, state.value);
            const outcome = await rescan(index.value, metadata.value, state.value, sink, { scope, includeDevelopment: values['exclude-development'] !== true });
            if (!outcome.ok) {
                io.stderr.write(`${name}: ${outcome.error}\n`);
                return exit_codes/* EXIT */.d.output;
            }
            const { notifications, sets, evaluated, findings } = outcome.value;
            const lines = notifications.map((n) => JSON.stringify(n) + '\n').join('');
            const target = values['notify-jsonl'];
            if (target === undefined)
                io.stdout.write(lines);
            else {
                const written = await writeFileAtomic((0,external_node_path_.resolve)(io.cwd, target), lines);
                if (!written.ok) {
                    io.stderr.write(`${name}: ${written.error}\n`);
                    return exit_codes/* EXIT */.d.output;
                }
            }
            if (webhook !== undefined && notifications.length > 0) {
                const posted = await postNotifications(webhook, notifications, io.env.DEPINDEX_WEBHOOK_TOKEN || undefined);
                if (!posted.ok) {
                    io.stderr.write(`${name}: ${posted.error}\n`);
                    return exit_codes/* EXIT */.d.output;
                }
            }
            io.stderr.write(`${name}: ${sets} sets, ${evaluated} evaluated, ${findings} vulnerability findings, ${notifications.length} notifications.\n`);
            return exit_codes/* EXIT */.d.ok;
        }
        finally {
            if (metadata.ok)
                await metadata.value.close();
            if (state.ok)
                state.value.close();
            await index.value.close();
        }
    },
};


/***/ }),

/***/ 82068:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zd: () => (/* binding */ sqlitePathOf),
/* harmony export */   jL: () => (/* binding */ openMetadataStore),
/* harmony export */   oJ: () => (/* binding */ hasSyncedMetadata)
/* harmony export */ });
/* harmony import */ var node_sqlite__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80099);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46305);
/* harmony import */ var _store_open_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57268);
/* harmony import */ var _sqlite_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82272);






/** The SQLite file a `--store` value names, or null when it names another kind of store. */
function sqlitePathOf(spec, cwd) {
    const text = (spec ?? _store_open_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_STORE */ .Oc).trim();
    if (!text.startsWith('sqlite:'))
        return null;
    const path = text.slice('sqlite:'.length);
    return path === ':memory:' || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, path);
}
/** The metadata side of a `--store` value, in the same place as the index (DESIGN.md 6). */
async function openMetadataStore(spec, options) {
    const text = (spec ?? _store_open_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_STORE */ .Oc).trim();
    if (text.startsWith('sqlite:')) {
        const path = text.slice('sqlite:'.length);
        if (path === '')
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_5__/* .err */ ._)('--store sqlite: needs a path, e.g. sqlite:.depindex/index.db');
        const full = path === ':memory:' || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(options.cwd, path);
        if (options.create === false && full !== ':memory:' && !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(full))
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_5__/* .err */ ._)(`no index at ${text} (${full}) yet: \`depindex sync\` or \`depindex scan\` writes one`);
        return (0,_sqlite_store_js__WEBPACK_IMPORTED_MODULE_4__/* .openSqliteMetadata */ .e)(full);
    }
    const kind = (0,_store_open_js__WEBPACK_IMPORTED_MODULE_3__/* .storeKindOf */ .lu)(text);
    if (!kind.ok)
        return kind;
    // Loaded only when asked for, so SQLite users never load the Elasticsearch client.
    const { openElasticsearchMetadata } = await Promise.all(/* import() */[__webpack_require__.e(290), __webpack_require__.e(915), __webpack_require__.e(776), __webpack_require__.e(90)]).then(__webpack_require__.bind(__webpack_require__, 46090));
    return openElasticsearchMetadata(text, options);
}
/**
 * Whether `depindex sync` ever wrote package metadata into this SQLite index (its schema table is there). A scan
 * asks first, so an index that was never synced is neither given metadata tables nor opened a second time.
 */
function hasSyncedMetadata(path) {
    try {
        const db = new node_sqlite__WEBPACK_IMPORTED_MODULE_0__.DatabaseSync(path, { readOnly: true });
        try {
            return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'md_schema'").get() !== undefined;
        }
        finally {
            db.close();
        }
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 57268:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ch: () => (/* binding */ openStore),
/* harmony export */   Oc: () => (/* binding */ DEFAULT_STORE),
/* harmony export */   lu: () => (/* binding */ storeKindOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46305);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(609);
/* harmony import */ var _sqlite_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20529);





const DEFAULT_STORE = 'sqlite:.depindex/index.db';
/** An Elastic Cloud id: "deployment-name:base64(host$es-id$kibana-id)". */
function isCloudId(text) {
    const colon = text.indexOf(':');
    if (colon <= 0)
        return false;
    const encoded = text.slice(colon + 1);
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded))
        return false;
    return Buffer.from(encoded, 'base64').toString('utf8').includes('$');
}
/**
 * Opens the store a `--store` value names: `sqlite:PATH` (the default, `sqlite:.depindex/index.db`, relative to
 * `cwd`; `sqlite::memory:` for a throw-away one), an `http(s)://` Elasticsearch URL, or an Elastic Cloud id
 * (bare or as `elastic-cloud:<id>`).
 */
async function openStore(spec, options) {
    try {
        const opened = await openNamedStore(spec, options);
        return opened.ok ? (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__.ok)(redactedStore(opened.value)) : (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__/* .err */ ._)((0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactCredentials */ .U)(opened.error));
    }
    catch (e) {
        // Nothing here should throw; if something does, it is still an error value, and still without credentials.
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__/* .err */ ._)((0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactCredentials */ .U)(`cannot open the store ${spec.trim()}: ${e.message}`));
    }
}
/**
 * Which kind of store a `--store` value names, without opening anything: commands check it with their other
 * flags, so a typo is a usage error before any work instead of a store error after it.
 */
function storeKindOf(spec) {
    const text = spec.trim();
    if (text.startsWith('sqlite:')) {
        return text === 'sqlite:' ? (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__/* .err */ ._)('--store sqlite: needs a path, e.g. sqlite:.depindex/index.db') : (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__.ok)('sqlite');
    }
    if (/^https?:\/\//i.test(text) || text.startsWith('elastic-cloud:') || isCloudId(text))
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__.ok)('elasticsearch');
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__/* .err */ ._)(`--store "${text}" is not a store: give sqlite:PATH, an http(s):// Elasticsearch URL, or an Elastic Cloud id`);
}
async function openNamedStore(spec, options) {
    const text = spec.trim();
    const kind = storeKindOf(text);
    if (!kind.ok)
        return kind;
    if (kind.value === 'sqlite') {
        const path = text.slice('sqlite:'.length);
        const full = path === ':memory:' || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.cwd, path);
        if ((options.create === false || options.readOnly || options.mustExist) && full !== ':memory:' && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(full)) {
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__/* .err */ ._)(`no index at ${text} (${full}) yet: \`depindex scan\` writes one, or say where it is with --store`);
        }
        return (0,_sqlite_store_js__WEBPACK_IMPORTED_MODULE_2__/* .openSqliteStore */ .Y)(full, { readOnly: options.create === false || options.readOnly === true });
    }
    // Loaded only when asked for, so SQLite users never load the Elasticsearch client.
    const { openElasticsearchStore } = await Promise.all(/* import() */[__webpack_require__.e(290), __webpack_require__.e(915)]).then(__webpack_require__.bind(__webpack_require__, 73915));
    return openElasticsearchStore(text, { env: options.env, cwd: options.cwd });
}
/** The store with every error it returns, and its location, passed through redactCredentials. */
function redactedStore(store) {
    const clean = (result) => (result.ok ? result : (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__/* .err */ ._)((0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactCredentials */ .U)(result.error)));
    return new Proxy(store, {
        get(target, key, receiver) {
            const value = Reflect.get(target, key, receiver);
            if (key === 'location' && typeof value === 'string')
                return (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactCredentials */ .U)(value);
            if (typeof value !== 'function' || key === 'close')
                return value;
            return (...args) => {
                const returned = value.apply(target, args);
                return returned instanceof Promise ? returned.then((r) => (isResult(r) ? clean(r) : r)) : returned;
            };
        },
    });
}
function isResult(value) {
    return typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean';
}


/***/ }),

/***/ 609:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ redactCredentials)
/* harmony export */ });
/**
 * Removes credentials from a text that names a store, whatever it looks like: a URL's user and password
 * (`https://elastic:pw@host`, also when the URL does not parse, as with a port out of range), a bare `user:pw@host`,
 * and secret-looking query parameters. Every store message passes through it before it reaches a log.
 */
function redactCredentials(text) {
    return (text
        // "scheme://anything-up-to-the-last-@-before-the-host@": user, password, or a password holding "@" or "/".
        .replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s"'<>]*@(?=[^\s@"'<>]*)/gi, '$1***@')
        // "user:password@host" without a scheme, at the start of the text or after a space or quote.
        .replace(/(^|[\s"'(])[^\s"'(/@:]+:[^\s"'@]*@(?=[\w[])/g, '$1***@')
        .replace(/([?&;](?:password|passwd|pwd|api[_-]?key|apikey|token|secret|access[_-]?token|auth)=)[^&\s"'#]*/gi, '$1***'));
}


/***/ }),

/***/ 53988:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["389-exception","Asterisk-exception","Autoconf-exception-2.0","Autoconf-exception-3.0","Autoconf-exception-generic","Autoconf-exception-generic-3.0","Autoconf-exception-macro","Bison-exception-1.24","Bison-exception-2.2","Bootloader-exception","Classpath-exception-2.0","CLISP-exception-2.0","cryptsetup-OpenSSL-exception","DigiRule-FOSS-exception","eCos-exception-2.0","Fawkes-Runtime-exception","FLTK-exception","fmt-exception","Font-exception-2.0","freertos-exception-2.0","GCC-exception-2.0","GCC-exception-2.0-note","GCC-exception-3.1","Gmsh-exception","GNAT-exception","GNOME-examples-exception","GNU-compiler-exception","gnu-javamail-exception","GPL-3.0-interface-exception","GPL-3.0-linking-exception","GPL-3.0-linking-source-exception","GPL-CC-1.0","GStreamer-exception-2005","GStreamer-exception-2008","i2p-gpl-java-exception","KiCad-libraries-exception","LGPL-3.0-linking-exception","libpri-OpenH323-exception","Libtool-exception","Linux-syscall-note","LLGPL","LLVM-exception","LZMA-exception","mif-exception","OCaml-LGPL-linking-exception","OCCT-exception-1.0","OpenJDK-assembly-exception-1.0","openvpn-openssl-exception","PS-or-PDF-font-exception-20170817","QPL-1.0-INRIA-2004-exception","Qt-GPL-exception-1.0","Qt-LGPL-exception-1.1","Qwt-exception-1.0","SANE-exception","SHL-2.0","SHL-2.1","stunnel-exception","SWI-exception","Swift-exception","Texinfo-exception","u-boot-exception-2.0","UBDL-exception","Universal-FOSS-exception-1.0","vsftpd-openssl-exception","WxWindows-exception-3.1","x11vnc-openssl-exception"]');

/***/ }),

/***/ 3389:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["AGPL-1.0","AGPL-3.0","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","GFDL-1.1","GFDL-1.2","GFDL-1.3","GPL-1.0","GPL-2.0","GPL-2.0-with-GCC-exception","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-3.0","GPL-3.0-with-GCC-exception","GPL-3.0-with-autoconf-exception","LGPL-2.0","LGPL-2.1","LGPL-3.0","Net-SNMP","Nunit","StandardML-NJ","bzip2-1.0.5","eCos-2.0","wxWindows"]');

/***/ }),

/***/ 75204:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');

/***/ })

};
