// What `npm install sz-widgets` would get: the file list of `npm pack --dry-run` for the built
// dist/ (npm test builds before it runs test:node). The package must hold everything package.json
// and the README promise, every file the entries load, and none of the repository's own files.
// node --test test/pack/pack.test.mjs (after npm run build)
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');
const pkg = JSON.parse(read('package.json'));
const bins = typeof pkg.bin === 'string' ? [pkg.bin] : Object.values(pkg.bin ?? {});

/** The files under `dir` (relative to the root, with forward slashes), or none if it is absent. */
const onDisk = (dir) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) =>
          posix.join(posix.relative(root.replaceAll('\\', '/'), entry.parentPath.replaceAll('\\', '/')), entry.name),
        )
        .sort()
    : [];

/** A package.json path as npm lists it: no leading ./ */
const clean = (path) => posix.normalize(path).replace(/^\.\//, '');

/** Every string in an exports value (conditions and arrays included). */
const targets = (value) =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(targets) : [];

/** Every `types` condition in an exports value. */
const typeTargets = (value) =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, v]) => (key === 'types' && typeof v === 'string' ? [v] : typeTargets(v)))
    : [];

/** The files a `*` pattern of exports stands for: those of that directory on disk that fit it. */
function expand(pattern) {
  const [prefix, suffix] = clean(pattern).split('*');
  return onDisk(posix.dirname(prefix + 'x')).filter(
    (f) => f.startsWith(prefix) && f.endsWith(suffix) && f.length >= prefix.length + suffix.length,
  );
}

// Relative module specifiers in built JavaScript, minified or not: static imports and re-exports
// (`from"./x.js"`, `import"./x.js"`), import() (also `import ("./x.js")`), and assets found
// through `new URL("data/x.json", import.meta.url)`.
const SPECIFIER =
  /\b(?:from|import)\s*\(?\s*(['"`])(\.{1,2}\/[^'"`$]+)\1|\bnew URL\(\s*(['"`])([^'"`$:/][^'"`$:]*)\3\s*,\s*import\.meta\.url/g;

/** Every file reachable from `entries` by relative imports, each with why it is needed. */
function reachable(entries) {
  const found = new Map();
  const queue = entries.map((path) => [path, 'an entry']);
  while (queue.length) {
    const [path, why] = queue.shift();
    if (found.has(path)) continue;
    found.set(path, why);
    if (!/\.m?js$/.test(path) || !existsSync(join(root, path))) continue;
    for (const match of read(path).matchAll(SPECIFIER)) {
      queue.push([posix.join(posix.dirname(path), match[2] ?? match[4]), `imported by ${path}`]);
    }
  }
  return found;
}

/** Every declaration file reachable from `entries` by relative imports (x.js stands for x.d.ts). */
function reachableTypes(entries) {
  const found = new Map();
  const queue = entries.map((path) => [path, 'types in package.json']);
  while (queue.length) {
    const [path, why] = queue.shift();
    if (found.has(path)) continue;
    found.set(path, why);
    if (!existsSync(join(root, path))) continue;
    for (const match of read(path).matchAll(/\b(?:from|import)\s*\(?\s*(['"])(\.{1,2}\/[^'"]+)\1/g)) {
      const target = posix.join(posix.dirname(path), match[2]).replace(/\.js$|(?<!\.d\.ts)$/, '.d.ts');
      queue.push([target, `imported by ${path}`]);
    }
  }
  return found;
}

let packed = new Set();

/** Fails naming every expected file that is not in the package, with why it is expected. */
function assertPacked(expected) {
  const missing = [...expected].filter(([path]) => !packed.has(path)).map(([path, why]) => `${path} (${why})`);
  assert.deepEqual(missing, [], `not in the package: ${missing.join(', ')}`);
}

before(() => {
  assert.ok(existsSync(join(root, pkg.main)), `${pkg.main} is missing: run npm run build first`);
  // Under `npm run`, the npm that runs this test; else the one on PATH.
  const npm = /npm-cli\.[cm]?js$/.test(process.env.npm_execpath ?? '')
    ? [process.execPath, process.env.npm_execpath]
    : ['npm'];
  const out = execFileSync(npm[0], [...npm.slice(1), 'pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    shell: npm.length === 1 && process.platform === 'win32',
    maxBuffer: 64 * 1024 * 1024,
  });
  packed = new Set(JSON.parse(out)[0].files.map((file) => file.path));
  assert.ok(packed.size > 0, 'npm pack lists no files');
});

describe('what package.json promises', () => {
  test('main, module, types, unpkg, jsdelivr, bin and customElements', () => {
    const fields = {
      main: pkg.main,
      module: pkg.module,
      types: pkg.types,
      unpkg: pkg.unpkg,
      jsdelivr: pkg.jsdelivr,
      customElements: pkg.customElements,
    };
    const expected = new Map([['package.json', 'package.json']]);
    for (const [field, path] of Object.entries(fields)) if (path) expected.set(clean(path), field);
    for (const path of bins) expected.set(clean(path), 'bin');
    assert.ok(bins.length > 0, 'package.json names no bin');
    assertPacked(expected);
  });

  test('every path and pattern in exports', () => {
    const expected = new Map();
    for (const [key, value] of Object.entries(pkg.exports)) {
      for (const target of targets(value)) {
        if (!target.includes('*')) {
          expected.set(clean(target), `exports["${key}"]`);
          continue;
        }
        const files = expand(target);
        assert.ok(files.length > 0, `exports["${key}"]: ${target} matches no file (is dist/ built?)`);
        for (const file of files) expected.set(file, `exports["${key}"]`);
      }
    }
    assertPacked(expected);
  });
});

describe('what the entries load', () => {
  const jsEntries = () => {
    const fromPkg = [pkg.main, pkg.module, pkg.unpkg, pkg.jsdelivr, ...targets(pkg.exports), ...bins]
      .filter((path) => typeof path === 'string' && /\.m?js$/.test(path) && !path.includes('*'))
      .map(clean);
    const topLevel = onDisk('dist').filter((path) => /^dist\/[^/]+\.js$/.test(path));
    return [...new Set([...fromPkg, ...topLevel])];
  };

  test('every chunk, language file, command module and dataset the entries import or fetch', () => {
    const found = reachable(jsEntries());
    assert.ok(
      [...found.keys()].some((path) => path.startsWith('dist/chunks/')),
      'the entries import no dist/chunks/ file: has the build changed?',
    );
    assertPacked(found);
  });

  test('one file per language of src/i18n/languages.ts (English is built into the entries)', () => {
    const list = read('src/i18n/languages.ts').match(/\bLANGUAGES\s*=\s*\[([^\]]*)\]/);
    assert.ok(list, 'no LANGUAGES list in src/i18n/languages.ts');
    const languages = [...list[1].matchAll(/['"]([^'"]+)['"]/g)].map((match) => match[1]);
    assert.ok(languages.includes('en') && languages.length > 1, `unexpected LANGUAGES: ${languages.join(', ')}`);
    // rollup.config.mjs names each language chunk dist/i18n/<lang>.js; dist/i18n/load.js imports them.
    const found = reachable(jsEntries());
    const expected = languages
      .filter((lang) => lang !== 'en')
      .map((lang) => [`dist/i18n/${lang}.js`, `language ${lang}`]);
    for (const [path, why] of expected) assert.ok(found.has(path), `${path} (${why}) is not imported by any entry`);
    assertPacked(expected);
  });

  test('the type declarations, and every declaration they import', () => {
    const entries = [pkg.types, ...typeTargets(pkg.exports)].filter(Boolean).map(clean);
    const declarations = onDisk('dist/types').filter((path) => path.endsWith('.d.ts'));
    assert.ok(declarations.length > 0, 'no dist/types/**/*.d.ts (is dist/ built?)');
    assertPacked([...reachableTypes(entries), ...declarations.map((path) => [path, 'built declaration'])]);
  });
});

describe('data, schemas and documents', () => {
  test('the shipped datasets, the JSON Schemas and custom-elements.json', () => {
    const datasets = onDisk('datasets').map((path) => [`dist/data/${posix.basename(path)}`, `built from ${path}`]);
    const schemas = onDisk('schemas')
      .filter((path) => path.endsWith('.json'))
      .map((path) => [`dist/schemas/${posix.basename(path)}`, `built from ${path}`]);
    assert.ok(datasets.length > 0 && schemas.length > 0, 'no datasets/ or schemas/ files found');
    assertPacked([...datasets, ...schemas, ['dist/custom-elements.json', 'the Custom Elements Manifest']]);
  });

  test('README.md, CHANGELOG.md, the licence (if any) and the examples the README describes', () => {
    const licence = readdirSync(root).filter((name) => /^licen[cs]e(\.|$)/i.test(name));
    const examples = onDisk('examples');
    assert.ok(examples.length > 0, 'no examples/ files found');
    assertPacked([
      ['README.md', 'the documentation'],
      ['CHANGELOG.md', 'the changes of each version'],
      ...licence.map((name) => [name, 'the licence']),
      ...examples.map((path) => [path, 'a recipe in the README']),
    ]);
  });
});

describe('nothing else', () => {
  // Repository files only: sources (the build is what ships), tests, fixtures, stories,
  // benchmarks, CI, development scripts, the demo page.
  const DIRECTORIES = [
    'src/',
    'test/',
    'tests/',
    'stories/',
    '.storybook/',
    'storybook-static/',
    'coverage/',
    'bench/',
    '.ci/',
    '.github/',
    'scripts/',
    'demo/',
  ];
  const ROOT_FILES = /^(package\.json|README\.md|CHANGELOG\.md|licen[cs]e(\.[a-z]+)?)$/i;

  test('no tests, fixtures, sources, stories, benchmarks, CI, scripts, node_modules or config files', () => {
    // A script the command needs may ship: whatever bin/ imports.
    const needed = reachable(bins.map(clean));
    const forbidden = [...packed].filter((path) => {
      const segments = path.split('/');
      if (segments.includes('node_modules')) return true;
      if (segments.includes('fixtures')) return true;
      if (/\.(test|spec)\./.test(segments.at(-1))) return true;
      if (segments.length === 1) return !ROOT_FILES.test(path);
      return DIRECTORIES.some((dir) => path.startsWith(dir)) && !needed.has(path);
    });
    assert.deepEqual(forbidden, [], `should not be in the package: ${forbidden.join(', ')}`);
  });

  test('no source map of a test, story or fixture', () => {
    const forbidden = [];
    for (const path of [...packed].filter((p) => p.endsWith('.map'))) {
      const { sources = [], sourceRoot = '' } = JSON.parse(read(path));
      for (const source of sources) {
        const resolved = posix.join(posix.dirname(path), sourceRoot, source);
        if (/^(test|tests|stories|bench)\/|\/fixtures\/|\.(test|spec)\./.test(resolved))
          forbidden.push(`${path} (maps ${resolved})`);
      }
    }
    assert.deepEqual(forbidden, [], `source maps of tests in the package: ${forbidden.join(', ')}`);
  });
});
