export const id = 571;
export const ids = [571];
export const modules = {

/***/ 25728:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

/*
Copyright spdx-correct.js contributors

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
var parse = __webpack_require__(82198)
var spdxLicenseIds = __webpack_require__(75204)

function valid (string) {
  try {
    parse(string)
    return true
  } catch (error) {
    return false
  }
}

// Sorting function that orders the given array of transpositions such
// that a transposition with the longer pattern comes before a transposition
// with a shorter pattern. This is to prevent e.g. the transposition
// ["General Public License", "GPL"] from matching to "Lesser General Public License"
// before a longer and more accurate transposition ["Lesser General Public License", "LGPL"]
// has a chance to be recognized.
function sortTranspositions(a, b) {
  var length = b[0].length - a[0].length
  if (length !== 0) return length
  return a[0].toUpperCase().localeCompare(b[0].toUpperCase())
}

// Common transpositions of license identifier acronyms
var transpositions = [
  ['APGL', 'AGPL'],
  ['Gpl', 'GPL'],
  ['GLP', 'GPL'],
  ['APL', 'Apache'],
  ['ISD', 'ISC'],
  ['GLP', 'GPL'],
  ['IST', 'ISC'],
  ['Claude', 'Clause'],
  [' or later', '+'],
  [' International', ''],
  ['GNU', 'GPL'],
  ['GUN', 'GPL'],
  ['+', ''],
  ['GNU GPL', 'GPL'],
  ['GNU LGPL', 'LGPL'],
  ['GNU/GPL', 'GPL'],
  ['GNU GLP', 'GPL'],
  ['GNU LESSER GENERAL PUBLIC LICENSE', 'LGPL'],
  ['GNU Lesser General Public License', 'LGPL'],
  ['GNU LESSER GENERAL PUBLIC LICENSE', 'LGPL-2.1'],
  ['GNU Lesser General Public License', 'LGPL-2.1'],
  ['LESSER GENERAL PUBLIC LICENSE', 'LGPL'],
  ['Lesser General Public License', 'LGPL'],
  ['LESSER GENERAL PUBLIC LICENSE', 'LGPL-2.1'],
  ['Lesser General Public License', 'LGPL-2.1'],
  ['GNU General Public License', 'GPL'],
  ['Gnu public license', 'GPL'],
  ['GNU Public License', 'GPL'],
  ['GNU GENERAL PUBLIC LICENSE', 'GPL'],
  ['MTI', 'MIT'],
  ['Mozilla Public License', 'MPL'],
  ['Universal Permissive License', 'UPL'],
  ['WTH', 'WTF'],
  ['WTFGPL', 'WTFPL'],
  ['-License', '']
].sort(sortTranspositions)

var TRANSPOSED = 0
var CORRECT = 1

// Simple corrections to nearly valid identifiers.
var transforms = [
  // e.g. 'mit'
  function (argument) {
    return argument.toUpperCase()
  },
  // e.g. 'MIT '
  function (argument) {
    return argument.trim()
  },
  // e.g. 'M.I.T.'
  function (argument) {
    return argument.replace(/\./g, '')
  },
  // e.g. 'Apache- 2.0'
  function (argument) {
    return argument.replace(/\s+/g, '')
  },
  // e.g. 'CC BY 4.0''
  function (argument) {
    return argument.replace(/\s+/g, '-')
  },
  // e.g. 'LGPLv2.1'
  function (argument) {
    return argument.replace('v', '-')
  },
  // e.g. 'Apache 2.0'
  function (argument) {
    return argument.replace(/,?\s*(\d)/, '-$1')
  },
  // e.g. 'GPL 2'
  function (argument) {
    return argument.replace(/,?\s*(\d)/, '-$1.0')
  },
  // e.g. 'Apache Version 2.0'
  function (argument) {
    return argument
      .replace(/,?\s*(V\.|v\.|V|v|Version|version)\s*(\d)/, '-$2')
  },
  // e.g. 'Apache Version 2'
  function (argument) {
    return argument
      .replace(/,?\s*(V\.|v\.|V|v|Version|version)\s*(\d)/, '-$2.0')
  },
  // e.g. 'ZLIB'
  function (argument) {
    return argument[0].toUpperCase() + argument.slice(1)
  },
  // e.g. 'MPL/2.0'
  function (argument) {
    return argument.replace('/', '-')
  },
  // e.g. 'Apache 2'
  function (argument) {
    return argument
      .replace(/\s*V\s*(\d)/, '-$1')
      .replace(/(\d)$/, '$1.0')
  },
  // e.g. 'GPL-2.0', 'GPL-3.0'
  function (argument) {
    if (argument.indexOf('3.0') !== -1) {
      return argument + '-or-later'
    } else {
      return argument + '-only'
    }
  },
  // e.g. 'GPL-2.0-'
  function (argument) {
    return argument + 'only'
  },
  // e.g. 'GPL2'
  function (argument) {
    return argument.replace(/(\d)$/, '-$1.0')
  },
  // e.g. 'BSD 3'
  function (argument) {
    return argument.replace(/(-| )?(\d)$/, '-$2-Clause')
  },
  // e.g. 'BSD clause 3'
  function (argument) {
    return argument.replace(/(-| )clause(-| )(\d)/, '-$3-Clause')
  },
  // e.g. 'New BSD license'
  function (argument) {
    return argument.replace(/\b(Modified|New|Revised)(-| )?BSD((-| )License)?/i, 'BSD-3-Clause')
  },
  // e.g. 'Simplified BSD license'
  function (argument) {
    return argument.replace(/\bSimplified(-| )?BSD((-| )License)?/i, 'BSD-2-Clause')
  },
  // e.g. 'Free BSD license'
  function (argument) {
    return argument.replace(/\b(Free|Net)(-| )?BSD((-| )License)?/i, 'BSD-2-Clause-$1BSD')
  },
  // e.g. 'Clear BSD license'
  function (argument) {
    return argument.replace(/\bClear(-| )?BSD((-| )License)?/i, 'BSD-3-Clause-Clear')
  },
  // e.g. 'Old BSD License'
  function (argument) {
    return argument.replace(/\b(Old|Original)(-| )?BSD((-| )License)?/i, 'BSD-4-Clause')
  },
  // e.g. 'BY-NC-4.0'
  function (argument) {
    return 'CC-' + argument
  },
  // e.g. 'BY-NC'
  function (argument) {
    return 'CC-' + argument + '-4.0'
  },
  // e.g. 'Attribution-NonCommercial'
  function (argument) {
    return argument
      .replace('Attribution', 'BY')
      .replace('NonCommercial', 'NC')
      .replace('NoDerivatives', 'ND')
      .replace(/ (\d)/, '-$1')
      .replace(/ ?International/, '')
  },
  // e.g. 'Attribution-NonCommercial'
  function (argument) {
    return 'CC-' +
      argument
        .replace('Attribution', 'BY')
        .replace('NonCommercial', 'NC')
        .replace('NoDerivatives', 'ND')
        .replace(/ (\d)/, '-$1')
        .replace(/ ?International/, '') +
      '-4.0'
  }
]

var licensesWithVersions = spdxLicenseIds
  .map(function (id) {
    var match = /^(.*)-\d+\.\d+$/.exec(id)
    return match
      ? [match[0], match[1]]
      : [id, null]
  })
  .reduce(function (objectMap, item) {
    var key = item[1]
    objectMap[key] = objectMap[key] || []
    objectMap[key].push(item[0])
    return objectMap
  }, {})

var licensesWithOneVersion = Object.keys(licensesWithVersions)
  .map(function makeEntries (key) {
    return [key, licensesWithVersions[key]]
  })
  .filter(function identifySoleVersions (item) {
    return (
      // Licenses has just one valid version suffix.
      item[1].length === 1 &&
      item[0] !== null &&
      // APL will be considered Apache, rather than APL-1.0
      item[0] !== 'APL'
    )
  })
  .map(function createLastResorts (item) {
    return [item[0], item[1][0]]
  })

licensesWithVersions = undefined

// If all else fails, guess that strings containing certain substrings
// meant to identify certain licenses.
var lastResorts = [
  ['UNLI', 'Unlicense'],
  ['WTF', 'WTFPL'],
  ['2 CLAUSE', 'BSD-2-Clause'],
  ['2-CLAUSE', 'BSD-2-Clause'],
  ['3 CLAUSE', 'BSD-3-Clause'],
  ['3-CLAUSE', 'BSD-3-Clause'],
  ['AFFERO', 'AGPL-3.0-or-later'],
  ['AGPL', 'AGPL-3.0-or-later'],
  ['APACHE', 'Apache-2.0'],
  ['ARTISTIC', 'Artistic-2.0'],
  ['Affero', 'AGPL-3.0-or-later'],
  ['BEER', 'Beerware'],
  ['BOOST', 'BSL-1.0'],
  ['BSD', 'BSD-2-Clause'],
  ['CDDL', 'CDDL-1.1'],
  ['ECLIPSE', 'EPL-1.0'],
  ['FUCK', 'WTFPL'],
  ['GNU', 'GPL-3.0-or-later'],
  ['LGPL', 'LGPL-3.0-or-later'],
  ['GPLV1', 'GPL-1.0-only'],
  ['GPL-1', 'GPL-1.0-only'],
  ['GPLV2', 'GPL-2.0-only'],
  ['GPL-2', 'GPL-2.0-only'],
  ['GPL', 'GPL-3.0-or-later'],
  ['MIT +NO-FALSE-ATTRIBS', 'MITNFA'],
  ['MIT', 'MIT'],
  ['MPL', 'MPL-2.0'],
  ['X11', 'X11'],
  ['ZLIB', 'Zlib']
].concat(licensesWithOneVersion).sort(sortTranspositions)

var SUBSTRING = 0
var IDENTIFIER = 1

var validTransformation = function (identifier) {
  for (var i = 0; i < transforms.length; i++) {
    var transformed = transforms[i](identifier).trim()
    if (transformed !== identifier && valid(transformed)) {
      return transformed
    }
  }
  return null
}

var validLastResort = function (identifier) {
  var upperCased = identifier.toUpperCase()
  for (var i = 0; i < lastResorts.length; i++) {
    var lastResort = lastResorts[i]
    if (upperCased.indexOf(lastResort[SUBSTRING]) > -1) {
      return lastResort[IDENTIFIER]
    }
  }
  return null
}

var anyCorrection = function (identifier, check) {
  for (var i = 0; i < transpositions.length; i++) {
    var transposition = transpositions[i]
    var transposed = transposition[TRANSPOSED]
    if (identifier.indexOf(transposed) > -1) {
      var corrected = identifier.replace(
        transposed,
        transposition[CORRECT]
      )
      var checked = check(corrected)
      if (checked !== null) {
        return checked
      }
    }
  }
  return null
}

module.exports = function (identifier, options) {
  options = options || {}
  var upgrade = options.upgrade === undefined ? true : !!options.upgrade
  function postprocess (value) {
    return upgrade ? upgradeGPLs(value) : value
  }
  var validArugment = (
    typeof identifier === 'string' &&
    identifier.trim().length !== 0
  )
  if (!validArugment) {
    throw Error('Invalid argument. Expected non-empty string.')
  }
  identifier = identifier.trim()
  if (valid(identifier)) {
    return postprocess(identifier)
  }
  var noPlus = identifier.replace(/\+$/, '').trim()
  if (valid(noPlus)) {
    return postprocess(noPlus)
  }
  var transformed = validTransformation(identifier)
  if (transformed !== null) {
    return postprocess(transformed)
  }
  transformed = anyCorrection(identifier, function (argument) {
    if (valid(argument)) {
      return argument
    }
    return validTransformation(argument)
  })
  if (transformed !== null) {
    return postprocess(transformed)
  }
  transformed = validLastResort(identifier)
  if (transformed !== null) {
    return postprocess(transformed)
  }
  transformed = anyCorrection(identifier, validLastResort)
  if (transformed !== null) {
    return postprocess(transformed)
  }
  return null
}

function upgradeGPLs (value) {
  if ([
    'GPL-1.0', 'LGPL-1.0', 'AGPL-1.0',
    'GPL-2.0', 'LGPL-2.0', 'AGPL-2.0',
    'LGPL-2.1'
  ].indexOf(value) !== -1) {
    return value + '-only'
  } else if ([
    'GPL-1.0+', 'GPL-2.0+', 'GPL-3.0+',
    'LGPL-2.0+', 'LGPL-2.1+', 'LGPL-3.0+',
    'AGPL-1.0+', 'AGPL-3.0+'
  ].indexOf(value) !== -1) {
    return value.replace(/\+$/, '-or-later')
  } else if (['GPL-3.0', 'LGPL-3.0', 'AGPL-3.0'].indexOf(value) !== -1) {
    return value + '-or-later'
  } else {
    return value
  }
}


/***/ }),

/***/ 82198:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var scan = __webpack_require__(69721)
var parse = __webpack_require__(84789)

module.exports = function (source) {
  return parse(scan(source))
}


/***/ }),

/***/ 84789:
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
    if (t.type === 'LICENSEREF') {
      next()
      string += 'LicenseRef-' + t.string
      return { license: string }
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

/***/ 69721:
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
    var possibilities = ['WITH', 'AND', 'OR', '(', ')', ':', '+']
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
      string: string
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

/***/ 75571:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   configCommand: () => (/* binding */ configCommand)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35235);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57096);
/* harmony import */ var _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49103);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99376);





const help = `Usage: depindex config schema
       depindex config check [--config FILE]

schema   Print the JSON Schema of .depindex.yml (the one truth: it validates the file and holds the defaults).
check    Validate the configuration (.depindex.yml at the current folder, or --config FILE) and print the
         effective configuration, every default filled in, as YAML. Exit 64 with the key and line when wrong.

Options:
  --config FILE            The configuration file (default: .depindex.yml).
  -h, --help               Show this help.`;
const configCommand = {
    name: 'config',
    summary: 'Print the configuration schema, or check .depindex.yml and print the effective configuration',
    help,
    async run(args, io) {
        const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandArgs */ .Q)(args, { config: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
        if (!parsed.ok) {
            io.stderr.write(`depindex config: ${parsed.error}\nRun "depindex config --help" for usage.\n`);
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.usage;
        }
        const { values, positionals } = parsed.value;
        if (values.help) {
            io.stdout.write(help + '\n');
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok;
        }
        const [action, ...extra] = positionals;
        if (extra.length > 0 || (action !== 'schema' && action !== 'check')) {
            io.stderr.write(`depindex config: say "schema" or "check"\nRun "depindex config --help" for usage.\n`);
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.usage;
        }
        if (action === 'schema') {
            io.stdout.write(JSON.stringify(_config_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .configSchema */ .Q, null, 2) + '\n');
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok;
        }
        const loaded = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)(values.config ?? null, io.cwd);
        if (!loaded.ok) {
            io.stderr.write(`${loaded.error}\n`);
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.usage;
        }
        io.stdout.write(`# effective configuration (${loaded.value.path ?? 'no .depindex.yml: the defaults'})\n${(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(loaded.value.config)}`);
        return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok;
    },
};


/***/ }),

/***/ 35235:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z9: () => (/* binding */ loadConfig)
/* harmony export */ });
/* unused harmony exports CONFIG_FILE, parseConfig, keyName */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42463);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46305);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57096);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93017);







/** The file looked for at the repository root when --config is not given. */
const CONFIG_FILE = '.depindex.yml';
const MAX_CONFIG_BYTES = 1024 * 1024;
// Compiled once, on first use: `useDefaults` makes the schema the one place the defaults are written.
// validateSchema off: checking our own constant schema against the JSON Schema meta-schema compiled the
// meta-schema first, half of the compile and a tenth of a fresh `depindex scan`; a test checks it instead.
let compiled = null;
function validator() {
    compiled ??= new ajv__WEBPACK_IMPORTED_MODULE_5__.Ajv({ allErrors: true, useDefaults: true, strict: true, allowUnionTypes: true, validateSchema: false }).compile(_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .configSchema */ .Q);
    return compiled;
}
/**
 * Reads `.depindex.yml` (or the file given), validates it against the one schema, fills the defaults, then
 * checks what a schema cannot (SPDX ids, version ranges, purl patterns). Every error names the file, the key
 * and its line: "config: .depindex.yml:7: licenses.allow[2]: ...".
 */
async function loadConfig(given, cwd) {
    const path = given ?? CONFIG_FILE;
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path);
    let text;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(full);
        if (info.size > MAX_CONFIG_BYTES)
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_6__/* .err */ ._)(`config: ${path}: larger than 1 MiB; is this the right file?`);
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(full, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT' && given === null)
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_6__.ok)({ config: parseConfig('', path).config, path: null });
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_6__/* .err */ ._)(`config: ${path}: cannot read it (${e.code ?? 'error'})`);
    }
    const parsed = parseConfig(text, path);
    if (parsed.errors.length > 0)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_6__/* .err */ ._)(parsed.errors.join('\n'));
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_6__.ok)({ config: parsed.config, path });
}
/** Pure: the text of a config file to the effective configuration or the list of errors. */
function parseConfig(text, path) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const at = (offset) => (offset === undefined ? path : `${path}:${lines.linePos(offset).line}`);
    if (doc.errors.length > 0) {
        return { config: null, errors: doc.errors.map((e) => `config: ${at(e.pos[0])}: ${e.message.split('\n')[0]}`) };
    }
    const value = doc.toJS() ?? {};
    const validate = validator();
    if (!validate(value)) {
        return { config: null, errors: (validate.errors ?? []).map((e) => `config: ${describe(e, doc, at)}`) };
    }
    const config = value;
    const problems = (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .checkConfigValues */ .R5)(config).map((p) => `config: ${at(offsetOf(doc, p.path))}: ${keyName(p.path)}: ${p.message}`);
    return problems.length > 0 ? { config: null, errors: problems } : { config, errors: [] };
}
function describe(e, doc, at) {
    const path = e.instancePath
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    if (e.keyword === 'additionalProperties') {
        const key = String(e.params.additionalProperty);
        const keyOffset = keyOffsetOf(doc, path, key);
        return `${at(keyOffset)}: ${keyName([...path, key])}: unknown key${path.length === 0 ? '' : ` in ${keyName(path)}`}`;
    }
    const allowed = e.keyword === 'enum' ? `: one of ${e.params.allowedValues.join(', ')}` : '';
    return `${at(offsetOf(doc, path))}: ${keyName(path) || '(top level)'}: ${e.message ?? 'invalid'}${allowed}`;
}
function keyName(path) {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
function offsetOf(doc, path) {
    const node = doc.getIn(path, true);
    return node && typeof node === 'object' && node.range ? node.range[0] : undefined;
}
function keyOffsetOf(doc, path, key) {
    const parent = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(parent))
        return undefined;
    const pair = parent.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
    return pair && (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(pair.key) ? pair.key.range?.[0] : undefined;
}


/***/ }),

/***/ 48145:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ff: () => (/* binding */ parsePurlPattern),
/* harmony export */   hb: () => (/* binding */ PatternIndex),
/* harmony export */   jy: () => (/* binding */ dependencyKey),
/* harmony export */   vV: () => (/* binding */ matchesKey)
/* harmony export */ });
/* harmony import */ var _store_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81928);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46305);


function parsePurlPattern(text) {
    const m = /^pkg:([A-Za-z][A-Za-z0-9.+-]*)\/([^@?#]+)$/.exec(text.trim());
    if (!m)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`"${text}" is not a purl pattern like pkg:npm/%40acme/* (type, namespace, name; no version)`);
    const type = m[1].toLowerCase();
    let parts;
    try {
        parts = m[2].split('/').filter((s) => s.length > 0).map((s) => decodeURIComponent(s));
    }
    catch {
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`"${text}" has a broken percent-encoding`);
    }
    if (parts.length === 0)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`"${text}" names no package`);
    const name = parts[parts.length - 1];
    const namespace = parts.length > 1 ? parts.slice(0, -1).join('/') : null;
    const key = (0,_store_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalKey */ .yk)(type, namespace, namespace ? `${namespace}/${name}` : name);
    const glob = key.includes('*') ? new RegExp(`^${key.split('*').map(escapeRegExp).join('.*')}$`, 's') : null;
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)({ text, type, key, glob, prefix: key.split('*')[0] });
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** The key a dependency is matched on: `type` and canonical full name. Computed once per dependency. */
function dependencyKey(d) {
    return (0,_store_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalKey */ .yk)(d.type, d.namespace, d.name);
}
function matchesKey(pattern, type, key) {
    if (pattern.type !== type.toLowerCase())
        return false;
    return pattern.glob ? key.startsWith(pattern.prefix) && pattern.glob.test(key) : pattern.key === key;
}
/**
 * Many patterns, matched fast: exact ones by map lookup per type, globs tested one by one. 1,000 deny rules
 * against 50,000 dependencies is the bench's case.
 */
const NONE = [];
class PatternIndex {
    exact = new Map();
    /**
     * Glob patterns by purl type, then by the first character of their literal prefix ("" for a pattern starting
     * with `*`): a dependency is tested only against the globs its key can start like, not all 100 of the bench's.
     */
    globs = new Map();
    count = 0;
    add(pattern, value) {
        const order = this.count++;
        if (pattern.glob) {
            let byFirst = this.globs.get(pattern.type);
            if (!byFirst)
                this.globs.set(pattern.type, (byFirst = new Map()));
            const first = pattern.prefix.slice(0, 1);
            const list = byFirst.get(first);
            if (list)
                list.push({ pattern, value, order });
            else
                byFirst.set(first, [{ pattern, value, order }]);
            return;
        }
        const k = `${pattern.type}\u0000${pattern.key}`;
        const list = this.exact.get(k);
        if (list)
            list.push(value);
        else
            this.exact.set(k, [value]);
    }
    /** Whether any pattern is of this purl type: most dependencies of a scan are ruled out by this alone. */
    hasType(type) {
        return this.types.has(type.toLowerCase());
    }
    typesCache = null;
    get types() {
        this.typesCache ??= new Set([...this.globs.keys(), ...[...this.exact.keys()].map((k) => k.slice(0, k.indexOf('\u0000')))]);
        return this.typesCache;
    }
    /** Values of every pattern the package matches, exact ones first, each in the order added. */
    match(type, key) {
        const lowerType = type.toLowerCase();
        const exact = this.exact.get(`${lowerType}\u0000${key}`);
        const byFirst = this.globs.get(lowerType);
        if (byFirst === undefined)
            return exact ?? NONE;
        let found = null;
        for (const list of [byFirst.get(key.slice(0, 1)), key.length > 0 ? byFirst.get('') : undefined]) {
            if (list === undefined)
                continue;
            for (const g of list) {
                if (!key.startsWith(g.pattern.prefix) || !g.pattern.glob.test(key))
                    continue;
                (found ??= []).push(g);
            }
        }
        if (found === null)
            return exact ?? NONE;
        found.sort((a, b) => a.order - b.order);
        return [...(exact ?? []), ...found.map((g) => g.value)];
    }
    get size() {
        return this.count;
    }
}


/***/ }),

/***/ 57096:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ configSchema)
/* harmony export */ });
/**
 * The one JSON Schema of `.depindex.yml` (issue 13): it validates the file strictly, fills the defaults and is
 * what `depindex config schema` prints. The config type below mirrors it; `test/config` checks both agree.
 */
const SEVERITY = { enum: ['critical', 'high', 'medium', 'low', 'info', 'unknown'] };
const KINDS = { enum: ['vulnerability', 'checksum-changed', 'source-changed', 'dependency-policy', 'license-policy'] };
const stringList = { type: 'array', items: { type: 'string', minLength: 1 }, default: [] };
const configSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://depindex.dev/schema/depindex-config.json',
    title: 'depindex configuration (.depindex.yml)',
    type: 'object',
    additionalProperties: false,
    properties: {
        'fail-on': {
            description: 'Lowest severity that fails the verdict; never = report only.',
            enum: ['critical', 'high', 'medium', 'low', 'info', 'never'],
            default: 'high',
        },
        mode: { description: 'enforce, or warn: findings are reported and the verdict never fails.', enum: ['enforce', 'warn'], default: 'enforce' },
        'only-new': {
            description: 'On a merge/pull request only findings new in the change decide the verdict.',
            type: 'boolean',
            default: true,
        },
        checks: {
            description: 'Turn single checks off.',
            type: 'object',
            additionalProperties: false,
            default: {},
            properties: Object.fromEntries(KINDS.enum.map((k) => [k, { type: 'boolean', default: true, description: `Run the ${k} check.` }])),
        },
        severities: {
            description: 'Severity of the supply-chain checks.',
            type: 'object',
            additionalProperties: false,
            default: {},
            properties: {
                'checksum-changed': { ...SEVERITY, default: 'high' },
                'source-changed': { ...SEVERITY, default: 'high' },
                'dependency-confusion': { ...SEVERITY, default: 'critical', description: 'source-changed from a private to a public registry.' },
            },
        },
        registries: {
            type: 'object',
            additionalProperties: false,
            default: {},
            properties: {
                private: { ...stringList, description: 'Source URL prefixes or host names of private registries.' },
                'private-packages': { ...stringList, description: 'purl patterns (with * globs) that must come from a private registry.' },
            },
        },
        dependencies: {
            type: 'object',
            additionalProperties: false,
            default: {},
            properties: {
                deny: {
                    type: 'array',
                    default: [],
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['purl'],
                        properties: {
                            purl: { type: 'string', pattern: '^pkg:', description: 'purl pattern: type, namespace, name, * globs, no version.' },
                            range: { type: 'string', minLength: 1, description: "Version range in the ecosystem's own syntax." },
                            scope: { enum: ['runtime', 'development', 'all'], default: 'all' },
                            severity: { ...SEVERITY, default: 'high' },
                            reason: { type: 'string' },
                        },
                    },
                },
            },
        },
        licenses: {
            type: 'object',
            additionalProperties: false,
            default: {},
            properties: {
                allow: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'SPDX ids allowed; absent = no allow list.' },
                deny: { ...stringList, description: 'SPDX ids denied.' },
                unknown: { enum: ['fail', 'warn', 'ignore'], default: 'warn', description: 'A dependency without a known SPDX licence.' },
                severity: { ...SEVERITY, default: 'medium' },
                scope: { enum: ['runtime', 'development', 'all'], default: 'all' },
            },
        },
        exceptions: {
            type: 'array',
            default: [],
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['reason'],
                description: 'Suppresses matching findings. Needs purl or id (or both).',
                properties: {
                    purl: { type: 'string', pattern: '^pkg:', description: 'purl pattern, as in dependencies.deny.' },
                    id: { type: 'string', description: 'A finding id or an advisory id / CVE.' },
                    kinds: { type: 'array', items: KINDS, default: [] },
                    until: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Last day (UTC) the exception holds.' },
                    reason: { type: 'string', minLength: 1 },
                },
            },
        },
    },
};


/***/ }),

/***/ 93017:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IS: () => (/* binding */ closestSpdxId),
/* harmony export */   R5: () => (/* binding */ checkConfigValues)
/* harmony export */ });
/* unused harmony export isSpdxId */
/* harmony import */ var spdx_correct__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25728);
/* harmony import */ var spdx_license_ids_index_json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75204);
/* harmony import */ var spdx_license_ids_deprecated_json__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3389);
/* harmony import */ var _purl_pattern_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48145);
/* harmony import */ var _ecosystems_versions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33131);





const KNOWN_IDS = new Set([...spdx_license_ids_index_json__WEBPACK_IMPORTED_MODULE_1__, ...spdx_license_ids_deprecated_json__WEBPACK_IMPORTED_MODULE_2__].map((id) => id.toLowerCase()));
/** An SPDX id as a policy list may hold it: a listed id (optionally with "+" or -or-later) or a LicenseRef. */
function isSpdxId(text) {
    if (/^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(text))
        return true;
    return KNOWN_IDS.has(text.replace(/\+$/, '').toLowerCase());
}
/** The closest valid id, by spdx-correct (the SPDX community's corrector), or null. */
function closestSpdxId(text) {
    return spdx_correct__WEBPACK_IMPORTED_MODULE_0__(text, { upgrade: true }) ?? null;
}
/** What the schema cannot say: SPDX ids exist, ranges parse in their ecosystem, purl patterns parse. */
function checkConfigValues(config) {
    const problems = [];
    for (const list of ['allow', 'deny']) {
        (config.licenses[list] ?? []).forEach((id, i) => {
            if (isSpdxId(id))
                return;
            const closest = closestSpdxId(id);
            problems.push({
                path: ['licenses', list, i],
                message: `"${id}" is not an SPDX licence id${closest ? `; did you mean "${closest}"?` : ' (see https://spdx.org/licenses/)'}`,
            });
        });
    }
    config.dependencies.deny.forEach((rule, i) => {
        const pattern = (0,_purl_pattern_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePurlPattern */ .ff)(rule.purl);
        if (!pattern.ok) {
            problems.push({ path: ['dependencies', 'deny', i, 'purl'], message: pattern.error });
            return;
        }
        if (rule.range === undefined)
            return;
        const tool = (0,_ecosystems_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .versionToolFor */ .Ih)(pattern.value.type);
        if (!tool.ok) {
            problems.push({ path: ['dependencies', 'deny', i, 'range'], message: `a range needs a supported package type: ${tool.error}` });
            return;
        }
        const range = tool.value.range(rule.range);
        if (!range.ok)
            problems.push({ path: ['dependencies', 'deny', i, 'range'], message: `"${rule.range}" is not a ${pattern.value.type} range: ${range.error}` });
    });
    config.registries['private-packages'].forEach((p, i) => {
        const pattern = (0,_purl_pattern_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePurlPattern */ .ff)(p);
        if (!pattern.ok)
            problems.push({ path: ['registries', 'private-packages', i], message: pattern.error });
    });
    config.exceptions.forEach((e, i) => {
        if (e.purl === undefined && e.id === undefined)
            problems.push({ path: ['exceptions', i], message: 'an exception needs purl or id: it would suppress every finding' });
        if (e.purl === undefined)
            return;
        const pattern = (0,_purl_pattern_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePurlPattern */ .ff)(e.purl);
        if (!pattern.ok)
            problems.push({ path: ['exceptions', i, 'purl'], message: pattern.error });
    });
    config.exceptions.forEach((e, i) => {
        if (e.until !== undefined && !isCalendarDate(e.until)) {
            problems.push({ path: ['exceptions', i, 'until'], message: `"${e.until}" is not a date (YYYY-MM-DD, a day that exists)` });
        }
    });
    return problems;
}
/** A YYYY-MM-DD day that exists: parsed and printed back unchanged, so 2026-02-31 (which rolls to March) is refused. */
function isCalendarDate(text) {
    const time = Date.parse(`${text}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}


/***/ }),

/***/ 33131:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ versionTool),
/* harmony export */   Ih: () => (/* binding */ versionToolFor)
/* harmony export */ });
/* unused harmony exports compareVersions, satisfies */
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46305);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49397);


/** Parsed values kept per text; the oldest half is dropped when full, so memory stays bounded on endless input. */
class BoundedCache {
    capacity;
    map = new Map();
    constructor(capacity) {
        this.capacity = capacity;
    }
    get(key, make) {
        const hit = this.map.get(key);
        if (hit !== undefined || this.map.has(key))
            return hit;
        const value = make();
        if (this.map.size >= this.capacity) {
            let drop = this.capacity >> 1;
            for (const k of this.map.keys()) {
                if (drop-- <= 0)
                    break;
                this.map.delete(k);
            }
        }
        this.map.set(key, value);
        return value;
    }
}
function versionTool(ecosystem, cacheSize = 10_000) {
    const versions = new BoundedCache(cacheSize);
    const ranges = new BoundedCache(cacheSize);
    const { versioning } = ecosystem;
    const parse = (text) => versions.get(text, () => versioning.parse(text));
    const range = (text, syntax = 'native') => ranges.get(`${syntax}\u0000${text}`, () => versioning.parseRange(text, syntax));
    return {
        ecosystem,
        range,
        compare(a, b) {
            const x = parse(a);
            if (!x.ok)
                return x;
            const y = parse(b);
            if (!y.ok)
                return y;
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)(versioning.compare(x.value, y.value));
        },
        satisfies(version, text, syntax = 'native') {
            const v = parse(version);
            if (!v.ok)
                return v;
            const r = range(text, syntax);
            if (!r.ok)
                return r;
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)(r.value.contains(v.value));
        },
    };
}
/** The tool for a purl type or registry alias; an error naming the type when it is not supported. */
function versionToolFor(typeOrAlias) {
    const ecosystem = (0,_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .ecosystemFor */ .m)(typeOrAlias);
    if (!ecosystem)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`unknown package type "${typeOrAlias}"`);
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)(versionTool(ecosystem));
}
/** One-off questions; use versionTool for many. */
function compareVersions(type, a, b) {
    const tool = versionToolFor(type);
    return tool.ok ? tool.value.compare(a, b) : tool;
}
function satisfies(type, version, range, syntax = 'native') {
    const tool = versionToolFor(type);
    return tool.ok ? tool.value.satisfies(version, range, syntax) : tool;
}


/***/ }),

/***/ 38378:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VL: () => (/* binding */ parseCompoundExpression),
/* harmony export */   qx: () => (/* binding */ isCompoundExpression)
/* harmony export */ });
/* unused harmony export parseSpdxExpression */
/* harmony import */ var spdx_expression_parse__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93326);

/** The expression, or null when the text is not one (a license name as written, "Apache License 2.0"). */
function parseSpdxExpression(text) {
    try {
        return spdx_expression_parse__WEBPACK_IMPORTED_MODULE_0__(text);
    }
    catch {
        return null;
    }
}
/** The expression when it holds more than one license id: a conjunction (AND, OR), an exception (WITH), or parentheses. */
function parseCompoundExpression(text) {
    // A compound needs a space or a parenthesis (the parser separates tokens by nothing else): skip the parse for plain ids.
    if (!text.includes(' ') && !text.includes('('))
        return null;
    const expression = parseSpdxExpression(text);
    if (expression === null)
        return null;
    return 'conjunction' in expression || expression.exception !== undefined || text.includes('(') ? expression : null;
}
function isCompoundExpression(text) {
    return parseCompoundExpression(text) !== null;
}


/***/ }),

/***/ 81928:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aD: () => (/* binding */ projectNamespaces),
/* harmony export */   iu: () => (/* binding */ mayBeArtifactId),
/* harmony export */   qU: () => (/* binding */ shortKey),
/* harmony export */   u3: () => (/* binding */ nameKeys),
/* harmony export */   w$: () => (/* binding */ licenseKeys),
/* harmony export */   yk: () => (/* binding */ canonicalKey),
/* harmony export */   zO: () => (/* binding */ licenseKey)
/* harmony export */ });
/* harmony import */ var _ecosystems_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49397);
/* harmony import */ var _ecosystems_pypi_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47094);
/* harmony import */ var _model_spdx_expression_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38378);



/**
 * The derived search keys both stores write and query with, so SQLite and Elasticsearch agree on what
 * "django finds Django" and "--group acme" mean (DESIGN.md 4 and 6).
 */
/** "group/sub/project" -> ["group", "group/sub"]: the namespaces a group search matches exactly. */
function projectNamespaces(project) {
    const parts = project.split('/');
    const out = [];
    for (let i = 1; i < parts.length; i++)
        out.push(parts.slice(0, i).join('/'));
    return out;
}
/** The name without its namespace: Dependency.name joins them with "/" ("@types/node" -> "node"). */
function bareName(namespace, name) {
    return namespace && name.startsWith(namespace + '/') ? name.slice(namespace.length + 1) : name;
}
function fallbackKey(namespace, name) {
    return (namespace ? `${namespace}/${name}` : name).toLowerCase();
}
/**
 * The stored name key: the ecosystem's canonical name, lower-cased because search is case-insensitive
 * everywhere (DESIGN.md 4). Types without an ecosystem module fall back to the lower-cased full name.
 */
function canonicalKey(type, namespace, name) {
    const bare = bareName(namespace, name);
    const ecosystem = (0,_ecosystems_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .ecosystemFor */ .m)(type);
    if (!ecosystem)
        return fallbackKey(namespace, bare);
    try {
        return ecosystem.canonicalName(namespace, bare).toLowerCase();
    }
    catch {
        return fallbackKey(namespace, bare);
    }
}
/**
 * Types whose name is searched without its namespace too: Maven (people search for `log4j-core`, not
 * `org.apache.logging.log4j:log4j-core`) and generic (an SBOM component's group is rarely known to whoever
 * searches). Other types have none: a bare `node` finding `@types/node` would be noise rather than help.
 */
const SHORT_NAMED = new Set(['maven', 'generic']);
/** The second name key: the name without its namespace, lower-cased, for SHORT_NAMED types (issue #15). */
function shortKey(type, namespace, name) {
    if (!SHORT_NAMED.has(type) || !namespace)
        return null;
    return bareName(namespace, name).toLowerCase();
}
/** Only SHORT_NAMED types have a short key: matching it under another type is wasted work. */
function mayBeArtifactId(type) {
    return type === undefined || SHORT_NAMED.has(type);
}
/** The ways a typed name splits into namespace and name: "a/b/c" at the last "/", "g:a" (Maven) at the ":". */
function splits(text) {
    const out = [[null, text]];
    const slash = text.lastIndexOf('/');
    if (slash > 0 && slash < text.length - 1)
        out.push([text.slice(0, slash), text.slice(slash + 1)]);
    const colon = text.indexOf(':');
    if (colon > 0 && colon < text.length - 1 && colon === text.lastIndexOf(':')) {
        out.push([text.slice(0, colon), text.slice(colon + 1)]);
    }
    return out;
}
/**
 * The name keys a searched name can match. With a type, the ecosystem's canonical forms of the text; without
 * one, the canonical forms under every ecosystem's rules plus the lower-cased text and its PEP 503 form, so
 * `requests_oauthlib` finds `requests-oauthlib` whatever the type.
 */
function nameKeys(text, type) {
    const trimmed = text.trim();
    const keys = new Set();
    const candidates = type === undefined ? _ecosystems_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .ecosystems */ .u.map((e) => e.type) : [type];
    for (const t of candidates) {
        for (const [namespace, name] of splits(trimmed))
            keys.add(canonicalKey(t, namespace, name));
    }
    if (type === undefined) {
        keys.add(trimmed.toLowerCase());
        keys.add((0,_ecosystems_pypi_name_js__WEBPACK_IMPORTED_MODULE_2__/* .pep503Name */ .fq)(trimmed));
    }
    return [...keys].sort();
}
/** The license ids and exceptions of an expression tree, as written ("GPL-2.0+" keeps its plus). */
function leaves(expression, out) {
    if ('conjunction' in expression) {
        leaves(expression.left, out);
        leaves(expression.right, out);
        return out;
    }
    out.push(expression.plus ? `${expression.license}+` : expression.license);
    if (expression.exception !== undefined)
        out.push(expression.exception);
    return out;
}
/**
 * License keys for search: each license as written, lower-cased, plus the ids inside a compound SPDX
 * expression, so `--license mit` finds "MIT OR Apache-2.0" (read with spdx-expression-parse), and the words of
 * text written like one that is not valid SPDX ("BSD or MIT"). A license name as written is one key.
 */
function licenseKeys(licenses) {
    if (!licenses)
        return [];
    const keys = new Set();
    for (const license of licenses) {
        const trimmed = license.trim();
        if (trimmed === '')
            continue;
        keys.add(trimmed.toLowerCase());
        const expression = (0,_model_spdx_expression_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCompoundExpression */ .VL)(trimmed);
        if (expression !== null)
            for (const id of leaves(expression, []))
                keys.add(id.toLowerCase());
        else
            for (const word of looseWords(trimmed.toLowerCase()))
                keys.add(word);
    }
    return [...keys].sort();
}
const LOOSE_OPERATORS = new Set(['and', 'or', 'with']);
/**
 * Text written like an expression that is not one ("BSD or MIT", "MIT OR Some-Custom": inputs write such
 * things): its words, so `--license mit` still finds it. A name without operators or parentheses ("Apache
 * License 2.0") gives none: it is one key, not three words.
 */
function looseWords(lower) {
    const words = lower.split(/[\s()]+/).filter((w) => w !== '');
    if (!lower.includes('(') && !words.some((w) => LOOSE_OPERATORS.has(w)))
        return [];
    return words.filter((w) => !LOOSE_OPERATORS.has(w));
}
/** The search key of a license filter. */
function licenseKey(license) {
    return license.trim().toLowerCase();
}


/***/ })

};
