export const id = 745;
export const ids = [745];
export const modules = {

/***/ 68745:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exportSbomCommand: () => (/* binding */ exportSbomCommand)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49103);
/* harmony import */ var _report_cyclonedx_from_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83120);
/* harmony import */ var _store_open_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57268);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(99376);







const HELP = `depindex export-sbom --project PATH --ref REF [options]

Writes the CycloneDX 1.6 SBOM of a project at a ref from the index: the same document \`scan --sbom\`
writes, built from what the last scans stored (the index keeps no dependency graph yet, so the SBOM
lists components and the project's direct dependencies, without edges between components).

  --project PATH     the project, by full path (group/subgroup/project)
  --ref REF          the branch or tag
  --output FILE      write here (replaced whole, never half-written) instead of standard output
  --store STORE      sqlite:PATH, an http(s):// Elasticsearch URL or an Elastic Cloud id
                     (default $DEPINDEX_STORE, else ${_store_open_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_STORE */ .Oc})

Exit codes: 0 written, 3 the index could not be read, holds nothing for that project and ref, or the
file could not be written, 64 the command line is wrong.
`;
const OPTIONS = {
    project: { type: 'string' },
    ref: { type: 'string' },
    output: { type: 'string' },
    store: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
/** Temp file beside the target, synced, then renamed over it: a reader sees the old file or the whole new one. */
async function writeAtomically(path, pieces) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'w');
    try {
        let buffer = '';
        for (const piece of pieces) {
            buffer += piece;
            if (buffer.length >= 1 << 20) {
                await file.write(buffer);
                buffer = '';
            }
        }
        await file.write(buffer);
        await file.sync();
        await file.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (e) {
        await file.close().catch(() => undefined);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw e;
    }
}
const exportSbomCommand = {
    name: 'export-sbom',
    summary: 'write the CycloneDX SBOM of a project at a ref from the index',
    help: HELP,
    async run(args, io) {
        const start = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .startCommand */ .S)('depindex export-sbom', args, OPTIONS, HELP, io);
        if (start.exit !== null)
            return start.exit;
        const { values, positionals, usage } = start;
        if (positionals.length > 0)
            return usage(`unexpected argument "${positionals[0]}"`);
        const project = typeof values.project === 'string' ? values.project.trim() : '';
        const ref = typeof values.ref === 'string' ? values.ref.trim() : '';
        if (!project)
            return usage('--project is required');
        if (!ref)
            return usage('--ref is required');
        const output = typeof values.output === 'string' ? values.output : undefined;
        if (output === '')
            return usage('--output is empty');
        const spec = (typeof values.store === 'string' ? values.store : undefined) ?? (io.env.DEPINDEX_STORE || _store_open_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_STORE */ .Oc);
        const opened = await (0,_store_open_js__WEBPACK_IMPORTED_MODULE_5__/* .openStore */ .Ch)(spec, { cwd: io.cwd, env: io.env, readOnly: true });
        if (!opened.ok) {
            io.stderr.write(`depindex export-sbom: ${opened.error}\n`);
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.output;
        }
        const store = opened.value;
        try {
            const sbom = await (0,_report_cyclonedx_from_index_js__WEBPACK_IMPORTED_MODULE_4__/* .sbomFromIndex */ .S)(store, project, ref, new Date());
            if (!sbom.ok) {
                io.stderr.write(`depindex export-sbom: ${sbom.error}\n`);
                return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.output;
            }
            if (sbom.value === null) {
                io.stderr.write(`depindex export-sbom: ${store.location} holds no sets of project "${project}" at ref "${ref}"\n`);
                return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.output;
            }
            if (output === undefined) {
                for (const piece of sbom.value)
                    io.stdout.write(piece);
                return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok;
            }
            try {
                await writeAtomically((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, output), sbom.value);
            }
            catch (e) {
                io.stderr.write(`depindex export-sbom: cannot write ${output}: ${e.message}\n`);
                return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.output;
            }
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok;
        }
        finally {
            await store.close();
        }
    },
};


/***/ }),

/***/ 83120:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ sbomFromIndex)
/* harmony export */ });
/* unused harmony export storedToSet */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46305);
/* harmony import */ var _write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70895);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58508);




const NO_EDGES = new Map();
/**
 * A stored set as the SBOM writer takes it, without edges (sbomFromIndex gives it the stored graph): the fields the
 * writer reads, whatever else the store's object carries.
 */
function storedToSet(set) {
    return {
        file: set.file,
        packageManager: set.packageManager,
        format: set.format,
        // Both stores load dependencies sorted by purl, the order the writer's one-set fast path expects.
        dependencies: set.dependencies.map((d) => ({
            purl: d.purl,
            type: d.type,
            namespace: d.namespace,
            name: d.name,
            version: d.version,
            introduced: d.introduced,
            development: d.development,
            ...(d.optional !== undefined && d.optional !== null && { optional: d.optional }),
            licenses: d.licenses,
            checksums: d.checksums,
            source: d.source,
        })),
        graph: { edges: NO_EDGES },
    };
}
/**
 * The CycloneDX 1.6 SBOM of a project at a ref from the index, in pieces, through the same writer as
 * `scan --sbom` (write.ts); used by `depindex export-sbom` and the index API. The sets are read with their stored
 * graphs (issue 15), so the SBOM's `dependencies` hold the component-to-component edges the scan's SBOM had; a set
 * stored without edges lists its components and no edges. Null when the index holds nothing for that project and ref.
 */
async function sbomFromIndex(store, project, ref, now) {
    const loaded = await store.loadGraphs(project, ref);
    if (!loaded.ok)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(loaded.error);
    if (loaded.value.length === 0)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)(null);
    const sets = loaded.value.map((set) => ({ ...storedToSet(set), graph: set.graph }));
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)((0,_write_js__WEBPACK_IMPORTED_MODULE_1__/* .bomChunks */ .xv)(sets, { name: project, version: ref }, { name: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_NAME */ .l, version: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x }, { serialNumber: `urn:uuid:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`, timestamp: now }));
}


/***/ })

};
