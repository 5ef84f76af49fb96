export const id = 90;
export const ids = [90];
export const modules = {

/***/ 46090:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openElasticsearchMetadata: () => (/* binding */ openElasticsearchMetadata)
/* harmony export */ });
/* harmony import */ var _elasticsearch_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32776);

/** Package metadata in Elasticsearch: indices beside the index's (elasticsearch/indices.ts), created on the first write. */
async function openElasticsearchMetadata(location, options) {
    return (0,_elasticsearch_store_js__WEBPACK_IMPORTED_MODULE_0__/* .openElasticsearchMetadataStore */ .q)(location, options);
}


/***/ })

};
