export const id = 492;
export const ids = [492];
export const modules = {

/***/ 6492:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./build/run/exit-codes.js
var exit_codes = __webpack_require__(49103);
// EXTERNAL MODULE: ./build/version.js
var version = __webpack_require__(58508);
;// CONCATENATED MODULE: ./build/cli.js


/**
 * Every subcommand, in `depindex --help` order. Modules load only when their command runs, so `--version`
 * and a plain scan do not pay for the Elasticsearch client or the ecosystem tables.
 */
const commands = [
    {
        name: 'scan',
        summary: 'Read scanner outputs and lock files; index them, diff with the target ref, write an SBOM and JSON',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(91), __webpack_require__.e(815), __webpack_require__.e(774), __webpack_require__.e(292), __webpack_require__.e(630), __webpack_require__.e(397), __webpack_require__.e(529), __webpack_require__.e(272), __webpack_require__.e(309), __webpack_require__.e(337), __webpack_require__.e(642), __webpack_require__.e(153), __webpack_require__.e(820)]).then(__webpack_require__.bind(__webpack_require__, 25820))).scanCommand,
    },
    { name: 'why', summary: 'Show the paths from introduced dependencies to a package', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(91), __webpack_require__.e(815), __webpack_require__.e(292), __webpack_require__.e(397), __webpack_require__.e(529), __webpack_require__.e(642), __webpack_require__.e(698)]).then(__webpack_require__.bind(__webpack_require__, 46449))).whyCommand },
    {
        name: 'search',
        summary: 'Find dependencies in the index by name, version range, license, project, group or ref',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(397), __webpack_require__.e(529), __webpack_require__.e(469)]).then(__webpack_require__.bind(__webpack_require__, 64220))).searchCommand,
    },
    {
        name: 'findings',
        summary: 'List stored findings by project, group, ref, kind or severity',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(397), __webpack_require__.e(529), __webpack_require__.e(980)]).then(__webpack_require__.bind(__webpack_require__, 80415))).findingsCommand,
    },
    {
        name: 'serve',
        summary: 'Serve the index API (JSON, OpenAPI) and the search page over a store, read-only',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(91), __webpack_require__.e(774), __webpack_require__.e(578), __webpack_require__.e(397), __webpack_require__.e(529), __webpack_require__.e(309), __webpack_require__.e(337), __webpack_require__.e(965)]).then(__webpack_require__.bind(__webpack_require__, 51965))).serveCommand,
    },
    {
        name: 'export-sbom',
        summary: 'Write the CycloneDX SBOM of a project at a ref from the index',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(91), __webpack_require__.e(774), __webpack_require__.e(397), __webpack_require__.e(529), __webpack_require__.e(309), __webpack_require__.e(337), __webpack_require__.e(745)]).then(__webpack_require__.bind(__webpack_require__, 68745))).exportSbomCommand,
    },
    {
        name: 'config',
        summary: 'Print the configuration schema, or check .depindex.yml and print the effective configuration',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(571)]).then(__webpack_require__.bind(__webpack_require__, 75571))).configCommand,
    },
    {
        name: 'version',
        summary: 'Compare versions or test them against ranges, as each package type defines them',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(397), __webpack_require__.e(537)]).then(__webpack_require__.bind(__webpack_require__, 5537))).versionCommand,
    },
    {
        name: 'sync',
        summary: 'Sync package metadata (PMDB v2 advisories, licences, CVE enrichment; OSV) into the store',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(91), __webpack_require__.e(449), __webpack_require__.e(397), __webpack_require__.e(529), __webpack_require__.e(272), __webpack_require__.e(513)]).then(__webpack_require__.bind(__webpack_require__, 18994))).syncCommand,
    },
    {
        name: 'rescan',
        summary: 'Evaluate stored sets against newly synced advisories, without a pipeline; notify',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(91), __webpack_require__.e(353), __webpack_require__.e(397), __webpack_require__.e(529), __webpack_require__.e(272), __webpack_require__.e(309), __webpack_require__.e(686), __webpack_require__.e(517)]).then(__webpack_require__.bind(__webpack_require__, 62175))).rescanCommand,
    },
    {
        name: 'prune',
        summary: 'Remove refs from the index: a deleted branch, or refs not scanned for a while',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(397), __webpack_require__.e(529), __webpack_require__.e(220)]).then(__webpack_require__.bind(__webpack_require__, 18505))).pruneCommand,
    },
    {
        name: 'es',
        summary: 'Elasticsearch store administration (es setup: templates, indices, aliases)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(91), __webpack_require__.e(290), __webpack_require__.e(397), __webpack_require__.e(529), __webpack_require__.e(915), __webpack_require__.e(776), __webpack_require__.e(3)]).then(__webpack_require__.bind(__webpack_require__, 22941))).esCommand,
    },
];
function usage() {
    const width = Math.max(...commands.map((c) => c.name.length));
    return `depindex ${version/* VERSION */.x}: knows every dependency of every project on every branch.

Usage: depindex <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run "depindex <command> --help" for a command's options. "depindex --version" prints the version.`;
}
/** The CLI: dispatches to a subcommand and returns the exit code. Input errors never escape as exceptions. */
async function main(argv, io) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        io.stdout.write(usage() + '\n');
        return name === undefined ? exit_codes/* EXIT */.d.usage : exit_codes/* EXIT */.d.ok;
    }
    if (name === '--version' || name === '-V') {
        io.stdout.write(version/* VERSION */.x + '\n');
        return exit_codes/* EXIT */.d.ok;
    }
    const entry = commands.find((c) => c.name === name);
    if (!entry) {
        io.stderr.write(`depindex: unknown command "${name}".\n\n${usage()}\n`);
        return exit_codes/* EXIT */.d.usage;
    }
    try {
        const command = await entry.load();
        return await command.run(rest, io);
    }
    catch (e) {
        // Only a depindex bug gets here; say so plainly. DEPINDEX_DEBUG shows the stack for the report.
        io.stderr.write(`depindex ${name}: internal error: ${e.message}\n`);
        if (io.env.DEPINDEX_DEBUG)
            io.stderr.write(`${e.stack ?? ''}\n`);
        return 70;
    }
}

;// CONCATENATED MODULE: ./build/bin.js
// The CLI as bin/depindex.js starts it: the only place that touches process for the CLI.

async function runCli(argv) {
    endQuietlyOnClosedPipe(process.stdout);
    endQuietlyOnClosedPipe(process.stderr);
    process.exitCode = await main(argv, {
        stdin: process.stdin,
        stdout: process.stdout,
        stderr: process.stderr,
        env: process.env,
        cwd: process.cwd(),
    });
}
/**
 * A reader that stops early (`depindex why ms lock.json | head -3`) closes the pipe; every later write fails
 * with EPIPE. Like other Unix tools, stop there without a word instead of printing Node's stack trace.
 */
function endQuietlyOnClosedPipe(stream) {
    stream.on('error', (error) => {
        if (error.code === 'EPIPE')
            process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
        throw error;
    });
}


/***/ }),

/***/ 49103:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ EXIT)
/* harmony export */ });
/** Exit codes of `depindex scan` (README "Exit codes"). */
const EXIT = {
    /** Every input was read and every output written. */
    ok: 0,
    /** The verdict is fail: a finding at or above `fail-on` (README "Configuration"). */
    policy: 1,
    /** An input could not be read; the others were processed and outputs written. */
    input: 2,
    /** An output or the store could not be written. */
    output: 3,
    /** The command line itself was wrong. */
    usage: 64,
};


/***/ }),

/***/ 58508:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ TOOL_NAME),
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** depindex's version; a test keeps it equal to package.json's (reading package.json at start-up costs time). */
const VERSION = '0.1.0';
const TOOL_NAME = 'depindex';


/***/ })

};
