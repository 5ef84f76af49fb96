export const id = 90;
export const ids = [90];
export const modules = {

/***/ 46090:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openElasticsearchMetadata: () => (/* binding */ openElasticsearchMetadata)
/* harmony export */ });
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46305);

/** Package metadata in Elasticsearch: not built yet (docs/metadata.md says what is planned). */
async function openElasticsearchMetadata(_location, _options) {
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .err */ ._)('package metadata is kept in SQLite stores only so far; give --store sqlite:PATH for sync, rescan and search --advisory');
}


/***/ })

};
