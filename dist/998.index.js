export const id = 998;
export const ids = [998];
export const modules = {

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

/***/ 97998:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openSyncedMetadata: () => (/* binding */ openSyncedMetadata)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46305);
/* harmony import */ var _store_open_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57268);
/* harmony import */ var _open_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82068);
/* harmony import */ var _sqlite_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82272);





/**
 * The package metadata of a `--store`, or null when `depindex sync` never wrote there: for `depindex search
 * --advisory`, `depindex serve` and a scan. Nothing is created: an index that was never synced is not given
 * metadata tables; on Elasticsearch one request, the revision counter a sync writes, says whether there is any.
 * A failure to read is an error, not "nothing synced".
 */
async function openSyncedMetadata(spec, options) {
    const text = (spec ?? _store_open_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_STORE */ .Oc).trim();
    const kind = (0,_store_open_js__WEBPACK_IMPORTED_MODULE_1__/* .storeKindOf */ .lu)(text);
    if (!kind.ok)
        return kind;
    if (kind.value === 'elasticsearch') {
        // Loaded only when asked for, so SQLite users never load the Elasticsearch client.
        const { openSyncedElasticsearchMetadata } = await Promise.all(/* import() */[__webpack_require__.e(290), __webpack_require__.e(915), __webpack_require__.e(776)]).then(__webpack_require__.bind(__webpack_require__, 32776));
        return openSyncedElasticsearchMetadata(text, options);
    }
    const path = (0,_open_js__WEBPACK_IMPORTED_MODULE_2__/* .sqlitePathOf */ .Zd)(text, options.cwd);
    if (path === null || path === ':memory:' || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) || !(0,_open_js__WEBPACK_IMPORTED_MODULE_2__/* .hasSyncedMetadata */ .oJ)(path))
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)(null);
    return (0,_sqlite_store_js__WEBPACK_IMPORTED_MODULE_3__/* .openSqliteMetadata */ .e)(path, { readOnly: options.readOnly ?? true });
}


/***/ })

};
