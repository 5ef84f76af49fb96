export const id = 998;
export const ids = [998];
export const modules = {

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
