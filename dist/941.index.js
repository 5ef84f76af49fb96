export const id = 941;
export const ids = [941];
export const modules = {

/***/ 22941:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   esCommand: () => (/* binding */ esCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49103);
/* harmony import */ var _option_catalog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79326);
/* harmony import */ var _store_elasticsearch_open_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49191);




/** es setup's own flags; --store is the one every index command shares (option-catalog.ts). */
const SETUP_FLAGS = [
    { ..._option_catalog_js__WEBPACK_IMPORTED_MODULE_2__/* .FLAGS */ .Wg.store, value: 'URL', description: 'Elasticsearch URL (https://es.example:9200) or elastic-cloud:<cloud id>; default $DEPINDEX_STORE' },
    {
        name: 'shards',
        kind: 'string',
        value: 'N',
        description: 'primary shards of the dependencies index when it is created (default 1; an instance of 10^5 projects wants 16-32: README "The index")',
    },
    { name: 'replicas', kind: 'string', value: 'N', description: 'replicas of each shard (default 1)' },
    { name: 'prefix', kind: 'string', value: 'NAME', description: 'index name prefix (default depindex)' },
];
const HELP = `depindex es setup [--store URL] [--shards N] [--replicas N] [--prefix NAME]

Creates what the Elasticsearch store needs: the index templates (explicit mappings), the versioned indices
and the aliases readers and writers use. Safe to run again: existing indices and aliases are kept, templates
are brought up to date. A scan creates them on its first write too; run this to choose the shard count.

${(0,_option_catalog_js__WEBPACK_IMPORTED_MODULE_2__/* .helpLinesOf */ .Mz)(SETUP_FLAGS)}

Credentials come from the environment, never the command line:
  DEPINDEX_ES_API_KEY, or DEPINDEX_ES_USERNAME and DEPINDEX_ES_PASSWORD; DEPINDEX_ES_CA_CERT (PEM file of the
  CA that signed the server's certificate); DEPINDEX_ES_CLOUD_ID instead of a URL.
`;
function count(text, name, min) {
    if (text === undefined)
        return undefined;
    const n = Number(text);
    return Number.isInteger(n) && n >= min ? n : `--${name} must be a whole number >= ${min}, not "${text}"`;
}
async function setup(args, io) {
    let values;
    try {
        ({ values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: [...args],
            options: (0,_option_catalog_js__WEBPACK_IMPORTED_MODULE_2__/* .parseOptionsOf */ .BT)(SETUP_FLAGS),
            strict: true,
            allowPositionals: false,
        }));
    }
    catch (e) {
        io.stderr.write(`depindex es setup: ${e.message}\n`);
        return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.usage;
    }
    if (values['help']) {
        io.stdout.write(HELP);
        return 0;
    }
    const env = (0,_store_elasticsearch_open_js__WEBPACK_IMPORTED_MODULE_3__/* .elasticsearchOptionsFromEnv */ .$)(io.env);
    const store = values['store'] ?? io.env['DEPINDEX_STORE'] ?? (env.cloudId ? 'elastic-cloud:' + env.cloudId : undefined);
    if (!store) {
        io.stderr.write('depindex es setup: say which Elasticsearch with --store URL (or DEPINDEX_STORE)\n');
        return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.usage;
    }
    if (!(0,_store_elasticsearch_open_js__WEBPACK_IMPORTED_MODULE_3__/* .isElasticsearchLocation */ .B)(store)) {
        io.stderr.write(`depindex es setup: "${store}" is not an Elasticsearch location (http(s)://host:port or elastic-cloud:<id>)\n`);
        return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.usage;
    }
    const shards = count(values['shards'], 'shards', 1);
    const replicas = count(values['replicas'], 'replicas', 0);
    for (const problem of [shards, replicas]) {
        if (typeof problem === 'string') {
            io.stderr.write(`depindex es setup: ${problem}\n`);
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.usage;
        }
    }
    const opened = await (0,_store_elasticsearch_open_js__WEBPACK_IMPORTED_MODULE_3__.openElasticsearchStore)(store, {
        env: io.env,
        cwd: io.cwd,
        ...(typeof shards === 'number' ? { shards } : {}),
        ...(typeof replicas === 'number' ? { replicas } : {}),
        ...(values['prefix'] ? { indexPrefix: values['prefix'] } : {}),
    });
    if (!opened.ok) {
        io.stderr.write(`depindex es setup: ${opened.error}\n`);
        return 1;
    }
    try {
        const report = await opened.value.setup();
        if (!report.ok) {
            io.stderr.write(`depindex es setup: ${report.error}\n`);
            return 1;
        }
        const { templates, createdIndices, aliases } = report.value;
        io.stdout.write(`index templates: ${templates.join(', ')}\n`);
        io.stdout.write(`indices created: ${createdIndices.length > 0 ? createdIndices.join(', ') : 'none (all existed)'}\n`);
        for (const alias of Object.keys(aliases).sort())
            io.stdout.write(`alias ${alias} -> ${aliases[alias]}\n`);
        return 0;
    }
    finally {
        await opened.value.close();
    }
}
const esCommand = {
    name: 'es',
    summary: 'Elasticsearch store administration (es setup: templates, indices, aliases)',
    help: HELP,
    async run(args, io) {
        const [sub, ...rest] = args;
        if (sub === 'setup')
            return setup(rest, io);
        if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
            io.stdout.write(HELP);
            return sub === undefined ? _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.usage : _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.ok;
        }
        io.stderr.write(`depindex es: unknown subcommand "${sub}"; try "depindex es setup --help"\n`);
        return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.usage;
    },
};


/***/ })

};
