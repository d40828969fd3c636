#!/usr/bin/env node
function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

var $schema$2 = "https://json-schema.org/draft/2020-12/schema";
var $id$2 = "https://raw.githubusercontent.com/support-table-lint/support-table-lint/main/schemas/config.schema.json";
var title$2 = "support-table-lint configuration";
var description$2 = "The file .github/support-table-lint.yml (or .support-table-lint.yml): which tables to check, against which schema, with which table rules.";
var type$2 = "object";
var additionalProperties = false;
var required$2 = [
	"tables"
];
var properties$2 = {
	tables: {
		description: "Table entries. A table is checked by every entry whose files and match it satisfies.",
		type: "array",
		minItems: 1,
		items: {
			$ref: "#/$defs/tableEntry"
		}
	},
	severities: {
		description: "Severity overrides for every table, by rule id.",
		$ref: "#/$defs/severities"
	},
	budgets: {
		description: "Limits that keep a huge or pathological file from stalling a run.",
		type: "object",
		additionalProperties: false,
		properties: {
			maxFileBytes: {
				description: "Files larger than this are not read past it, nor linted (default 10485760; at most 1 GiB).",
				type: "integer",
				minimum: 1,
				maximum: 1073741824
			},
			maxParseMs: {
				description: "A parse taking longer than this is abandoned (default 10000; at most 2147483647, Node's largest timer).",
				type: "integer",
				minimum: 1,
				maximum: 2147483647
			}
		}
	},
	ignore: {
		description: "Findings to suppress in whole files: each entry names files (globs) and, optionally, rules. Suppressed findings are counted, and an entry that suppresses nothing is reported (unused-suppression).",
		type: "array",
		items: {
			type: "object",
			additionalProperties: false,
			required: [
				"files"
			],
			properties: {
				files: {
					description: "Globs of files, matched like `tables[].files`.",
					type: "array",
					minItems: 1,
					items: {
						type: "string",
						minLength: 1
					}
				},
				rules: {
					description: "Rule ids. Default: every rule.",
					type: "array",
					items: {
						type: "string",
						pattern: "^[a-z][a-z0-9-]*$"
					}
				},
				reason: {
					description: "Why: shown with each suppressed finding.",
					type: "string"
				}
			}
		}
	},
	sources: {
		description: "Data sets to check tables against (sources of truth), by name. Paths are relative to the config's folder (the repository root for a config in .github/).",
		type: "object",
		propertyNames: {
			pattern: "^[A-Za-z][A-Za-z0-9_-]*$"
		},
		additionalProperties: {
			$ref: "#/$defs/source"
		}
	}
};
var $defs = {
	scope: {
		"enum": [
			"table",
			"group"
		]
	},
	scoped: {
		anyOf: [
			{
				"const": false
			},
			{
				type: "object",
				additionalProperties: false,
				required: [
					"scope"
				],
				properties: {
					scope: {
						$ref: "#/$defs/scope"
					}
				}
			}
		],
		errorMessage: "must be false or { scope: table } or { scope: group }"
	},
	severity: {
		"enum": [
			"error",
			"warning",
			"notice",
			"off"
		]
	},
	severities: {
		type: "object",
		propertyNames: {
			pattern: "^[a-z][a-z0-9-]*$"
		},
		additionalProperties: {
			$ref: "#/$defs/severity"
		}
	},
	tableOptions: {
		type: "object",
		properties: {
			key: {
				description: "The column that names a row. Default: the first column.",
				type: "string",
				minLength: 1
			},
			unique: {
				description: "Keys (or the columns in by) must be unique, case-insensitively, within the scope; false turns the check off.",
				$ref: "#/$defs/unique"
			},
			order: {
				description: "Rows must be in order within the scope (by default: keys, case-insensitive, ascending); false turns the check off.",
				$ref: "#/$defs/order"
			},
			groups: {
				description: "Recognise group rows (first cell entirely bold). Default: true.",
				type: "boolean"
			},
			columns: {
				type: "object",
				additionalProperties: false,
				properties: {
					required: {
						description: "Columns the header must have. Default: the schema's required.",
						type: "array",
						items: {
							type: "string"
						}
					},
					unknown: {
						description: "Report columns the schema does not name. Default: report when the schema sets additionalProperties: false.",
						"enum": [
							"allow",
							"report"
						]
					}
				}
			},
			notes: {
				description: "Notes kept as `- **Key**: text` list items under a heading.",
				type: "object",
				additionalProperties: false,
				required: [
					"heading"
				],
				properties: {
					heading: {
						description: "Heading text (case-insensitive) whose section, subsections included, holds the notes.",
						type: "string",
						minLength: 1
					},
					requiredWhen: {
						description: "A row needs a note when one of these columns holds one of the listed values.",
						type: "object",
						additionalProperties: {
							type: "array",
							items: {
								type: "string"
							}
						}
					},
					reportUnknown: {
						description: "Report notes whose key is not in the table. Default: true.",
						type: "boolean"
					}
				}
			},
			severities: {
				description: "Severity overrides for this table, by rule id.",
				$ref: "#/$defs/severities"
			},
			references: {
				description: "Check the table against data sets from sources:.",
				type: "array",
				items: {
					type: "object",
					additionalProperties: false,
					required: [
						"source"
					],
					properties: {
						source: {
							description: "A name under sources:.",
							type: "string",
							minLength: 1
						},
						column: {
							description: "The column whose value names an item (default: the key column).",
							type: "string",
							minLength: 1
						},
						unknown: {
							description: "Severity of a row whose value is in no item (reference-unknown; default error).",
							$ref: "#/$defs/severity"
						},
						unlisted: {
							description: "Severity of an item with no row (reference-unlisted; default warning).",
							$ref: "#/$defs/severity"
						},
						agree: {
							description: "Columns that must equal a field of the matched item (reference-disagree).",
							type: "object",
							additionalProperties: {
								type: "object",
								additionalProperties: false,
								required: [
									"field"
								],
								properties: {
									field: {
										type: "string",
										minLength: 1
									},
									map: {
										description: "Item value → cell value.",
										type: "object",
										additionalProperties: {
											type: "string"
										}
									}
								}
							}
						}
					}
				}
			},
			transitions: {
				description: "How rows may change between the base version and the head: per column, from-value → allowed to-values; removed.when; added.",
				type: "object",
				properties: {
					removed: {
						type: "object",
						additionalProperties: false,
						required: [
							"when"
						],
						properties: {
							when: {
								type: "object",
								additionalProperties: {
									type: "array",
									items: {
										type: "string"
									}
								}
							}
						}
					},
					added: {
						type: "object",
						additionalProperties: {
							type: "array",
							items: {
								type: "string"
							}
						}
					}
				},
				additionalProperties: {
					type: "object",
					additionalProperties: {
						type: "array",
						items: {
							type: "string"
						}
					}
				}
			},
			monotonic: {
				description: "Columns whose values must rise or fall down the table (a release table whose dates fall as versions fall).",
				anyOf: [
					{
						type: "object",
						additionalProperties: false,
						required: [
							"column"
						],
						properties: {
							column: {
								type: "string",
								minLength: 1
							},
							direction: {
								description: "asc: values rise down the table; desc (default): they fall.",
								"enum": [
									"asc",
									"desc"
								]
							},
							compare: {
								description: "date (default: ISO dates, or a month and year), natural or semver.",
								"enum": [
									"date",
									"natural",
									"semver"
								]
							},
							scope: {
								$ref: "#/$defs/scope"
							}
						}
					},
					{
						type: "array",
						items: {
							type: "object",
							additionalProperties: false,
							required: [
								"column"
							],
							properties: {
								column: {
									type: "string",
									minLength: 1
								},
								direction: {
									description: "asc: values rise down the table; desc (default): they fall.",
									"enum": [
										"asc",
										"desc"
									]
								},
								compare: {
									description: "date (default: ISO dates, or a month and year), natural or semver.",
									"enum": [
										"date",
										"natural",
										"semver"
									]
								},
								scope: {
									$ref: "#/$defs/scope"
								}
							}
						}
					}
				]
			},
			legend: {
				description: "Where the document defines the values of a column (a list of `**TERM**: definition` or `1. Term: definition` items, or a table, under a heading): every value used must be defined there, and every defined term allowed by the schema (rule legend).",
				type: "object",
				additionalProperties: false,
				required: [
					"heading",
					"column"
				],
				properties: {
					heading: {
						description: "Text of the heading whose section holds the legend (case-insensitive).",
						type: "string",
						minLength: 1
					},
					column: {
						description: "The column whose values the legend defines.",
						type: "string",
						minLength: 1
					}
				}
			}
		}
	},
	tableOptionsOnly: {
		$ref: "#/$defs/tableOptions",
		unevaluatedProperties: false
	},
	tableEntry: {
		$ref: "#/$defs/tableOptions",
		properties: {
			files: {
				description: "Globs of files this entry applies to, matched against paths relative to the config file's folder (the repository root for a config in .github/). Default: every file.",
				type: "array",
				items: {
					type: "string",
					minLength: 1
				}
			},
			match: {
				description: "Which tables of those files the entry applies to.",
				type: "object",
				additionalProperties: false,
				properties: {
					columns: {
						description: "The table must have these columns (case-insensitive).",
						type: "array",
						items: {
							type: "string"
						}
					},
					heading: {
						description: "An enclosing heading must contain this text (case-insensitive).",
						type: "string"
					}
				}
			},
			preset: {
				description: "A built-in preset.",
				"enum": [
					"kubevirt-feature-gates",
					"kata-support-levels"
				]
			},
			schema: {
				description: "Path to a JSON Schema (JSON or YAML) for one row, relative to the config file's folder (the repository root for a config in .github/).",
				type: "string",
				minLength: 1
			},
			ignore: {
				description: "Deliberate exceptions: findings of these rules on these rows are suppressed. Suppressed findings are counted, and an entry that suppresses nothing is reported (unused-suppression).",
				type: "array",
				items: {
					type: "object",
					additionalProperties: false,
					properties: {
						rule: {
							description: "A rule id.",
							type: "string",
							pattern: "^[a-z][a-z0-9-]*$"
						},
						rules: {
							description: "Rule ids. Without rule or rules: every rule.",
							type: "array",
							items: {
								type: "string",
								pattern: "^[a-z][a-z0-9-]*$"
							}
						},
						rows: {
							description: "Row keys (case-insensitive). Default: every row.",
							type: "array",
							items: {
								type: "string"
							}
						},
						reason: {
							description: "Why: shown with each suppressed finding.",
							type: "string"
						}
					}
				}
			}
		},
		oneOf: [
			{
				required: [
					"preset"
				]
			},
			{
				required: [
					"schema"
				]
			}
		],
		unevaluatedProperties: false
	},
	order: {
		anyOf: [
			{
				"const": false
			},
			{
				type: "object",
				additionalProperties: false,
				required: [
					"scope"
				],
				properties: {
					scope: {
						$ref: "#/$defs/scope"
					},
					direction: {
						description: "asc (default) or desc.",
						"enum": [
							"asc",
							"desc"
						]
					},
					compare: {
						description: "text (case-insensitive, default), natural (numbers compare as numbers) or semver.",
						"enum": [
							"text",
							"natural",
							"semver"
						]
					},
					by: {
						description: "The column whose values are ordered. Default: the key column.",
						type: "string",
						minLength: 1
					}
				}
			}
		],
		errorMessage: "must be false or { scope: table | group, direction?: asc | desc, compare?: text | natural | semver, by?: COLUMN }"
	},
	source: {
		type: "object",
		additionalProperties: false,
		required: [
			"key"
		],
		properties: {
			file: {
				description: "A JSON or YAML file: an array of objects, or an object of objects (each property name becomes the field $key).",
				type: "string",
				minLength: 1
			},
			extract: {
				description: "A regex with named groups, run over files: each match is an item whose fields are the groups.",
				type: "object",
				additionalProperties: false,
				required: [
					"files",
					"pattern"
				],
				properties: {
					files: {
						type: "array",
						minItems: 1,
						items: {
							type: "string",
							minLength: 1
						}
					},
					pattern: {
						type: "string",
						minLength: 1
					}
				}
			},
			table: {
				description: "Another markdown table: each data row is an item, its columns the fields.",
				type: "object",
				additionalProperties: false,
				required: [
					"file"
				],
				properties: {
					file: {
						type: "string",
						minLength: 1
					},
					match: {
						type: "object",
						additionalProperties: false,
						properties: {
							columns: {
								type: "array",
								items: {
									type: "string"
								}
							},
							heading: {
								type: "string"
							}
						}
					}
				}
			},
			url: {
				description: "A JSON or YAML document over HTTPS (http only for loopback addresses); no redirects to other hosts.",
				type: "string",
				pattern: "^https?://"
			},
			items: {
				description: "JSON Pointer to the items inside a file or url document (default: the root).",
				type: "string",
				pattern: "^(/.*)?$"
			},
			key: {
				description: "The fields that identify an item; a row's value may equal any of them.",
				anyOf: [
					{
						type: "string",
						minLength: 1
					},
					{
						type: "array",
						minItems: 1,
						items: {
							type: "string",
							minLength: 1
						}
					}
				]
			},
			maxBytes: {
				description: "For url: the largest answer accepted, in bytes (default 5242880).",
				type: "integer",
				minimum: 1,
				maximum: 1073741824
			},
			timeoutMs: {
				description: "For url: how long to wait, in milliseconds (default 10000).",
				type: "integer",
				minimum: 1,
				maximum: 600000
			}
		},
		oneOf: [
			{
				required: [
					"file"
				]
			},
			{
				required: [
					"extract"
				]
			},
			{
				required: [
					"table"
				]
			},
			{
				required: [
					"url"
				]
			}
		],
		errorMessage: {
			oneOf: "needs exactly one of file, extract, table or url"
		}
	},
	unique: {
		anyOf: [
			{
				"const": false
			},
			{
				type: "object",
				additionalProperties: false,
				required: [
					"scope"
				],
				properties: {
					scope: {
						$ref: "#/$defs/scope"
					},
					by: {
						description: "Columns whose values together form the key (a composite key). Default: the key column.",
						type: "array",
						minItems: 1,
						items: {
							type: "string",
							minLength: 1
						}
					}
				}
			}
		],
		errorMessage: "must be false or { scope: table | group, by?: [COLUMN, ...] }"
	}
};
var configSchema = {
	$schema: $schema$2,
	$id: $id$2,
	title: title$2,
	description: description$2,
	type: type$2,
	additionalProperties: additionalProperties,
	required: required$2,
	properties: properties$2,
	$defs: $defs
};

var $schema$1 = "https://json-schema.org/draft/2020-12/schema";
var $id$1 = "https://raw.githubusercontent.com/support-table-lint/support-table-lint/main/schemas/kata-support-levels.schema.json";
var title$1 = "Kata Containers support and maintenance levels";
var description$1 = "One row of a Kata Containers support table (Feature | Support State | Maintainers | Notes), grouped by bold section rows.";
var type$1 = "object";
var required$1 = [
	"Feature",
	"Support State",
	"Maintainers",
	"Notes"
];
var properties$1 = {
	Feature: {
		description: "The feature, component or platform.",
		type: "string",
		minLength: 1
	},
	"Support State": {
		description: "One of the document's six support levels, spelled exactly.",
		"enum": [
			"Supported",
			"Best-effort",
			"Not maintained",
			"Experimental",
			"Deprecated",
			"Obsolete"
		]
	},
	Maintainers: {
		description: "Empty, or a comma-separated list of GitHub team links, each optionally followed by `*` (a team still to be created).",
		type: "string"
	},
	Notes: {
		type: "string"
	},
	$raw: {
		type: "object",
		properties: {
			Maintainers: {
				type: "string",
				pattern: "^(?:\\[@[a-z0-9-]+/[a-z0-9-]+\\]\\(https://github\\.com/orgs/[a-z0-9-]+/teams/[a-z0-9-]+\\)\\*?(?:\\s*,\\s*\\[@[a-z0-9-]+/[a-z0-9-]+\\]\\(https://github\\.com/orgs/[a-z0-9-]+/teams/[a-z0-9-]+\\)\\*?)*|&nbsp;)?$",
				errorMessage: {
					pattern: "is not a list of team links; use [@org/team](https://github.com/orgs/org/teams/team), each optionally followed by *, separated by commas (org and team in lowercase letters, digits and hyphens), or leave the cell empty"
				}
			}
		}
	},
	$links: {
		type: "object",
		properties: {
			Maintainers: {
				type: "array",
				items: {
					linkAgreement: {
						text: "^@(?<org>[a-z0-9-]+)/(?<team>[a-z0-9-]+)$",
						url: "^https://github\\.com/orgs/(?<org>[a-z0-9-]+)/teams/(?<team>[a-z0-9-]+)$",
						prefer: "url"
					}
				}
			}
		}
	}
};
var then = {
	properties: {
		Maintainers: {
			"x-severity": "warning",
			minLength: 1,
			errorMessage: {
				minLength: "is empty; a Supported feature should name its maintainer team"
			}
		}
	}
};
var kataSupportLevels = {
	$schema: $schema$1,
	$id: $id$1,
	title: title$1,
	description: description$1,
	type: type$1,
	required: required$1,
	properties: properties$1,
	"if": {
	properties: {
		"Support State": {
			"const": "Supported"
		}
	},
	required: [
		"Support State"
	]
},
	then: then,
	"else": {
	properties: {
		Notes: {
			minLength: 1,
			errorMessage: {
				minLength: "is empty; a note is required unless Support State is Supported"
			}
		}
	}
},
	"x-support-table-lint": {
	key: "Feature",
	unique: {
		scope: "table"
	},
	order: false,
	groups: true,
	transitions: {
		removed: {
			when: {
				"Support State": [
					"Deprecated",
					"Obsolete"
				]
			}
		}
	},
	severities: {
		transition: "warning"
	}
}
};

var $schema = "https://json-schema.org/draft/2020-12/schema";
var $id = "https://raw.githubusercontent.com/support-table-lint/support-table-lint/main/schemas/kubevirt-feature-gates.schema.json";
var title = "KubeVirt feature gate status";
var description = "One row of a KubeVirt feature gate status table (FEATURE GATE | GRADUATION | STATUS), with notes kept as `- **GateName**: text` list items under a Notes heading.";
var type = "object";
var required = [
	"FEATURE GATE",
	"GRADUATION",
	"STATUS"
];
var properties = {
	"FEATURE GATE": {
		description: "The gate's identifier: a letter followed by letters and digits.",
		type: "string",
		minLength: 1,
		pattern: "^[A-Za-z][A-Za-z0-9]*$",
		errorMessage: {
			pattern: "is not an identifier; use a letter followed by letters and digits only (^[A-Za-z][A-Za-z0-9]*$)"
		}
	},
	GRADUATION: {
		description: "The gate's maturity.",
		"enum": [
			"Alpha",
			"Beta",
			"GA",
			"Deprecated",
			"Discontinued"
		]
	},
	STATUS: {
		description: "Whether the gate works on the architecture.",
		"enum": [
			"SUPPORTED",
			"PENDING",
			"UNSUPPORTED",
			"UNVERIFIED"
		]
	}
};
var kubevirtFeatureGates = {
	$schema: $schema,
	$id: $id,
	title: title,
	description: description,
	type: type,
	required: required,
	properties: properties,
	"x-support-table-lint": {
	key: "FEATURE GATE",
	unique: {
		scope: "table"
	},
	order: {
		scope: "table"
	},
	groups: false,
	notes: {
		heading: "Notes",
		requiredWhen: {
			STATUS: [
				"UNSUPPORTED",
				"PENDING"
			]
		},
		reportUnknown: true
	},
	transitions: {
		GRADUATION: {
			Alpha: [
				"Beta",
				"GA",
				"Deprecated"
			],
			Beta: [
				"GA",
				"Deprecated"
			],
			GA: [
				"Deprecated"
			],
			Deprecated: [
				"Discontinued"
			],
			Discontinued: [
			]
		},
		removed: {
			when: {
				GRADUATION: [
					"GA",
					"Deprecated",
					"Discontinued"
				]
			}
		}
	}
}
};

/**
 * The JSON files in schemas/, as data. Imported (not read from disk) so the
 * bundled CLI and Action carry them.
 */
const PRESET_SCHEMAS = {
    'kubevirt-feature-gates': kubevirtFeatureGates,
    'kata-support-levels': kataSupportLevels,
};
const CONFIG_SCHEMA = configSchema;
const CONFIG_SCHEMA_ID = configSchema.$id;

let engine;
/** Loads RE2 (a chunk of its own in the bundles); `compilePattern` needs it for any pattern this package does not ship. */
async function loadPatternEngine() {
    engine ??= (await import('./cli-re2.js')).RE2JS;
}
/**
 * Compiles `source`; throws an Error naming the pattern when RE2 cannot
 * compile it. Compiled patterns are shared by source (the link-text-url
 * rule compiles its schema's patterns again for every fix it offers).
 */
function compilePattern(source) {
    let pattern = compiled.get(source);
    if (pattern === undefined) {
        const native = shippedPatterns().has(source) ? nativeSource(source) : undefined;
        pattern = remembering(native !== undefined ? nativePattern(source, native) : re2Pattern(source));
        if (compiled.size >= MAX_COMPILED)
            compiled.clear();
        compiled.set(source, pattern);
    }
    return pattern;
}
const compiled = new Map();
const MAX_COMPILED = 1024;
/** `compilePattern` on RE2 whatever the source (the tests compare both engines on the shipped patterns). */
function re2Pattern(source) {
    if (engine === undefined)
        throw new Error(`internal error: the pattern ${source} was compiled before loadPatternEngine() finished`);
    let re;
    try {
        re = engine.compile(source);
    }
    catch (error) {
        throw new Error(`the pattern ${source} is not supported (${error.message}); patterns use RE2 syntax: no lookaround, no backreferences`);
    }
    const names = Object.keys(re.namedGroups());
    const matchOf = (matcher) => {
        const groups = {};
        const indices = {};
        for (const name of names) {
            const value = matcher.group(name);
            if (value === null || value === undefined)
                continue;
            groups[name] = value;
            indices[name] = [matcher.start(name), matcher.end(name)];
        }
        return { groups, indices };
    };
    return {
        source,
        // Ajv caches compiled patterns by this string: it must tell patterns apart.
        toString: () => `/${source}/re2`,
        // RE2JS#test skips the matcher and runs on the DFA where it can.
        test: (input) => re.test(input),
        exec(input) {
            const matcher = re.matcher(input);
            return matcher.find() ? matchOf(matcher) : null;
        },
        execAll(input) {
            const matcher = re.matcher(input);
            const out = [];
            while (matcher.find())
                out.push(matchOf(matcher));
            return out;
        },
    };
}
/**
 * Cells repeat (the same team link or status in many rows), and a match
 * costs about a microsecond and a half on RE2 in JavaScript and half that
 * with group indices on JavaScript's engine: each pattern remembers its
 * answers for a bounded number of distinct inputs.
 */
function remembering(pattern) {
    const tested = new Answers();
    const executed = new Answers();
    return {
        source: pattern.source,
        toString: pattern.toString,
        test: (input) => tested.get(input) ?? tested.set(input, pattern.test(input)),
        exec(input) {
            const known = executed.get(input);
            return known !== undefined ? known : executed.set(input, pattern.exec(input));
        },
        execAll: pattern.execAll,
    };
}
/** A shipped pattern on JavaScript's engine (see the module comment); `u` for RE2's code points, `d` for group indices. */
function nativePattern(source, native) {
    const once = new RegExp(native, 'du');
    const matchOf = (match) => {
        const groups = {};
        const indices = {};
        for (const [name, value] of Object.entries(match.groups ?? {})) {
            if (value === undefined)
                continue;
            groups[name] = value;
            indices[name] = match.indices.groups[name];
        }
        return { groups, indices };
    };
    return {
        source,
        toString: () => `/${source}/re2`,
        test: (input) => once.test(input),
        exec(input) {
            const match = once.exec(input);
            return match === null ? null : matchOf(match);
        },
        execAll: (input) => Array.from(input.matchAll(new RegExp(native, 'dgu')), matchOf),
    };
}
/**
 * A shipped pattern with RE2's meaning on JavaScript's engine: RE2's `\s` is
 * `[\t\n\f\r ]` (JavaScript's also takes `\v` and Unicode spaces) and its
 * `.` is `[^\n]` (JavaScript's also stops at `\r`, U+2028 and U+2029).
 * Undefined for what this does not translate (`\S` inside a class, `[]…]`).
 */
function nativeSource(source) {
    let out = '';
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const char = source[i];
        if (char === '\\') {
            const next = source[i + 1] ?? '';
            i++;
            if (next === 's')
                out += inClass ? '\\t\\n\\f\\r ' : '[\\t\\n\\f\\r ]';
            else if (next === 'S') {
                if (inClass)
                    return undefined;
                out += '[^\\t\\n\\f\\r ]';
            }
            else
                out += char + next;
        }
        else if (inClass) {
            if (char === ']')
                inClass = false;
            out += char;
        }
        else if (char === '[') {
            inClass = true;
            out += char;
            if (source[i + 1] === '^')
                out += source[++i];
            // RE2 reads a `]` right after `[` or `[^` as a member; JavaScript as the end.
            if (source[i + 1] === ']')
                return undefined;
        }
        else
            out += char === '.' ? '[^\\n]' : char;
    }
    return out;
}
let shipped;
/** Every pattern in schemas/*.json: `pattern` values, `patternProperties` keys and `linkAgreement`'s `text` and `url`. */
function shippedPatterns() {
    shipped ??= collectPatterns([CONFIG_SCHEMA, ...Object.values(PRESET_SCHEMAS)]);
    return shipped;
}
function collectPatterns(schemas) {
    const found = new Set();
    const isObject = (value) => typeof value === 'object' && value !== null;
    const walk = (node) => {
        if (Array.isArray(node))
            return node.forEach(walk);
        if (!isObject(node))
            return;
        for (const [key, value] of Object.entries(node)) {
            // ajv-errors' messages are keyed by keyword: `errorMessage.pattern` is text, not a pattern.
            if (key === 'errorMessage')
                continue;
            if (key === 'pattern' && typeof value === 'string')
                found.add(value);
            if (key === 'patternProperties' && isObject(value))
                Object.keys(value).forEach((name) => found.add(name));
            if (key === 'linkAgreement' && isObject(value)) {
                for (const side of [value['text'], value['url']])
                    if (typeof side === 'string')
                        found.add(side);
            }
            walk(value);
        }
    };
    walk(schemas);
    return found;
}
/** Answers for up to `MAX_ANSWERS` inputs of up to `MAX_ANSWERED` characters; emptied when full. */
class Answers {
    map = new Map();
    get(input) {
        return this.map.get(input);
    }
    set(input, answer) {
        if (input.length <= MAX_ANSWERED) {
            if (this.map.size >= MAX_ANSWERS)
                this.map.clear();
            this.map.set(input, answer);
        }
        return answer;
    }
}
const MAX_ANSWERS = 4096;
const MAX_ANSWERED = 1024;
/** Ajv's `code.regExp` option: `pattern` and `patternProperties` are matched with RE2. */
const ajvRegExp = Object.assign((pattern) => compilePattern(pattern), {
    code: 'compilePattern',
});

/** The custom schema keywords' names (see ajv.ts), apart from Ajv so that reading them does not load it. */
const SEVERITY_KEYWORD = 'x-severity';
const OPTIONS_KEYWORD = 'x-support-table-lint';

const LINK_AGREEMENT_KEYWORD = 'linkAgreement';
function compileLinkAgreement(schema, parentSchema) {
    // RE2 (regex.ts): a schema author's pattern cannot hang validation.
    const textPattern = compilePattern(schema.text);
    const urlPattern = compilePattern(schema.url);
    const validate = (data) => {
        const link = data;
        const text = typeof link.text === 'string' ? link.text : '';
        const url = typeof link.url === 'string' ? link.url : '';
        const fail = (params) => {
            // Ajv fills in instancePath, schemaPath, data and schema, but not parentSchema (which `x-severity` needs).
            const error = {
                keyword: LINK_AGREEMENT_KEYWORD,
                parentSchema,
                params: { ...params, text, url },
                message: `link text and URL must match ${schema.text} and ${schema.url} and agree`,
            };
            validate.errors = [error];
            return false;
        };
        const textMatch = textPattern.exec(text);
        if (!textMatch)
            return fail({ problem: 'text', pattern: schema.text });
        const urlMatch = urlPattern.exec(url);
        if (!urlMatch)
            return fail({ problem: 'url', pattern: schema.url });
        const urlGroups = urlMatch.groups;
        for (const [group, textValue] of Object.entries(textMatch.groups)) {
            if (!(group in urlGroups))
                continue;
            const urlValue = urlGroups[group];
            if (textValue !== urlValue)
                return fail({ problem: 'mismatch', group, textValue: textValue ?? '', urlValue: urlValue ?? '' });
        }
        return true;
    };
    // What the closure was made from, so that the build step can re-create it in generated code.
    Object.defineProperty(validate, MADE_FROM, { value: { schema, parentSchema } });
    return validate;
}
const MADE_FROM = Symbol.for('support-table-lint.linkAgreement');

var ucs2length = {};

var hasRequiredUcs2length;

function requireUcs2length () {
	if (hasRequiredUcs2length) return ucs2length;
	hasRequiredUcs2length = 1;
	Object.defineProperty(ucs2length, "__esModule", { value: true });
	// https://mathiasbynens.be/notes/javascript-encoding
	// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
	function ucs2length$1(str) {
	    const len = str.length;
	    let length = 0;
	    let pos = 0;
	    let value;
	    while (pos < len) {
	        length++;
	        value = str.charCodeAt(pos++);
	        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
	            // high surrogate, and there is a next character
	            value = str.charCodeAt(pos);
	            if ((value & 0xfc00) === 0xdc00)
	                pos++; // low surrogate
	        }
	    }
	    return length;
	}
	ucs2length.default = ucs2length$1;
	ucs2length$1.code = 'require("ajv/dist/runtime/ucs2length").default';
	
	return ucs2length;
}

export { CONFIG_SCHEMA as C, LINK_AGREEMENT_KEYWORD as L, OPTIONS_KEYWORD as O, PRESET_SCHEMAS as P, SEVERITY_KEYWORD as S, ajvRegExp as a, compilePattern as b, compileLinkAgreement as c, CONFIG_SCHEMA_ID as d, getDefaultExportFromCjs as g, loadPatternEngine as l, requireUcs2length as r };
