// The validator as data owners run it: the real command line (bin/sz-widgets.js, which loads the
// compiled dist/validator/cli.js, so build first), under Node's own runner: node --test test/validator/
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const INVALID = 'test/fixtures/centres/invalid';

/** Runs `sz-widgets …` in the repository root; resolves to its exit code and output. */
function cli(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/sz-widgets.js', ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

/** What the CLI prints for `file` with these problem lines. */
function report(file, kind, lines) {
  const n = lines.length;
  const summary = n
    ? `${file}: ${n} problem${n > 1 ? 's' : ''} in this ${kind}.`
    : `${file}: no problems in this ${kind}.`;
  return [...lines, summary].join('\n') + '\n';
}

before(() => {
  assert.ok(
    existsSync(new URL('../../dist/validator/cli.js', import.meta.url)),
    'dist/validator/cli.js is missing: run npm run build first',
  );
});

describe('sz-widgets validate: the shipped datasets', () => {
  test('datasets/centres.geojson has no problems', async () => {
    const r = await cli('validate', 'datasets/centres.geojson');
    assert.equal(r.stdout, report('datasets/centres.geojson', 'centres dataset', []));
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0);
  });

  test('datasets/news.json has no problems', async () => {
    const r = await cli('validate', 'datasets/news.json');
    assert.equal(r.stdout, report('datasets/news.json', 'news feed', []));
    assert.equal(r.code, 0);
  });
});

describe('sz-widgets validate: one invalid centres file per rule', { concurrency: true }, () => {
  const f = '$.features[0]';
  const p = `${f}.properties`;
  // file → the exact problem lines (the summary line follows them).
  const cases = {
    'not-a-feature-collection.geojson': [
      '$.type: must be "FeatureCollection", not "Feature"',
      '$.features: is required',
    ],
    'features-not-an-array.geojson': [
      '$.features: must be an array of Features, not {"toronto":{"type":"Feature","geometry":{"type":"Point","co…',
    ],
    'longitude-out-of-range.geojson': [
      `${f}.geometry.coordinates[0]: must be a longitude between -180 and 180, not 200.5`,
    ],
    'latitude-out-of-range.geojson': [
      `${f}.geometry.coordinates[1]: must be a latitude between -90 and 90, not 97.7749`,
    ],
    'coordinates-not-numbers.geojson': [
      `${f}.geometry.coordinates: must be [longitude, latitude], not ["-79.3832","43.6532"]`,
    ],
    'swapped-order.geojson': [
      `${f}.geometry.coordinates: looks like [latitude, longitude]; GeoJSON wants longitude first: [-122.3321, 47.6062]`,
    ],
    'swapped-order-known-city.geojson': [
      `${f}.geometry.coordinates: looks like [latitude, longitude]; GeoJSON wants longitude first: [-79.3832, 43.6532]`,
    ],
    'wrong-geometry-type.geojson': [`${f}.geometry: must be a Point or null, not "Polygon"`],
    'missing-geometry.geojson': [`${f}.geometry: is required`],
    'duplicate-id.geojson': [
      '$.features[1].properties.id: duplicate id "toronto" (first used at $.features[0].properties.id)',
    ],
    'bad-id.geojson': [`${p}.id: must be lower-case letters, digits and hyphens (like "tel-aviv"), not "Tel Aviv"`],
    'unknown-country.geojson': [`${p}.country: must be an upper-case ISO 3166-1 alpha-2 code, not "UK"`],
    'lower-case-country.geojson': [`${p}.country: must be an upper-case ISO 3166-1 alpha-2 code, not "ca"`],
    'missing-country.geojson': [`${p}.country: is required`],
    'bad-status.geojson': [`${p}.status: must be "open" or "planned", not "closed"`],
    'impossible-date.geojson': [`${p}.opened: must be a real date written YYYY-MM-DD, not "2017-02-30"`],
    'language-map-without-en.geojson': [`${p}.name.en: is required`],
    'language-map-empty-text.geojson': [`${p}.city.en: must be a non-empty string, not ""`],
    'language-map-bad-tag.geojson': [`${p}.city.zh_Hans: is not a BCP 47 language tag`],
    'founders-not-an-array.geojson': [`${p}.founders: must be an array, not "Leaguer Group"`],
    'empty-partner.geojson': [`${p}.partners[1]: must be a non-empty string or a language map, not " "`],
    'non-http-source.geojson': [
      `${p}.source: must be an absolute http(s) URL, not "ftp://example.org/centres/toronto"`,
    ],
    'javascript-source.geojson': [
      `${p}.source: must be an absolute http(s) URL, not "javascript:alert(document.cookie)"`,
    ],
    'missing-required-property.geojson': [`${p}.status: is required`],
    'location-unresolved-with-point.geojson': [
      `${f}.geometry: must be null when properties.locationUnresolved is true (or leave locationUnresolved out)`,
    ],
    'location-unresolved-not-boolean.geojson': [`${p}.locationUnresolved: must be true or false, not "yes"`],
  };

  for (const [file, lines] of Object.entries(cases)) {
    test(file, async () => {
      const r = await cli('validate', `${INVALID}/${file}`);
      assert.equal(r.stdout, report(`${INVALID}/${file}`, 'centres dataset', lines));
      assert.equal(r.code, 1);
    });
  }

  test('bad-json.geojson: the parser message with its line and column', async () => {
    const file = `${INVALID}/bad-json.geojson`;
    // The wording is V8's and changes between Node versions: ask this Node what it says.
    const text = await readFile(new URL(`../../${file}`, import.meta.url), 'utf8');
    let parserMessage = '';
    try {
      JSON.parse(text);
    } catch (e) {
      parserMessage = e.message;
    }
    const where = /line \d/.test(parserMessage) ? '' : ' (line 4, column 3)';
    const r = await cli('validate', file);
    assert.equal(r.stdout, report(file, 'file', [`$: is not valid JSON: ${parserMessage}${where}`]));
    assert.equal(r.code, 1);
  });

  test('xml-instead-of-json.geojson and neither-kind.json: the kind cannot be told', async () => {
    let r = await cli('validate', `${INVALID}/xml-instead-of-json.geojson`);
    assert.equal(
      r.stdout,
      report(`${INVALID}/xml-instead-of-json.geojson`, 'file', [
        '$: is XML or HTML, not JSON: the validator checks centres datasets (GeoJSON) and news feeds in JSON Feed',
      ]),
    );
    assert.equal(r.code, 1);
    r = await cli('validate', `${INVALID}/neither-kind.json`);
    assert.equal(
      r.stdout,
      report(`${INVALID}/neither-kind.json`, 'file', [
        '$: is neither a centres dataset (a GeoJSON FeatureCollection) nor a JSON Feed (with "version": "https://jsonfeed.org/version/1.1")',
      ]),
    );
    assert.equal(r.code, 1);
  });

  test('every fixture in the folder has a case here', () => {
    const covered = new Set([
      ...Object.keys(cases),
      'bad-json.geojson',
      'xml-instead-of-json.geojson',
      'neither-kind.json',
    ]);
    assert.deepEqual(
      readdirSync(new URL(`../../${INVALID}/`, import.meta.url)).filter((name) => !covered.has(name)),
      [],
    );
  });
});

describe('sz-widgets validate: valid centres files', () => {
  test('unknown members at every level, an altitude and a place without a country pass', async () => {
    const r = await cli('validate', 'test/fixtures/centres/extra-properties.geojson');
    assert.equal(r.stdout, report('test/fixtures/centres/extra-properties.geojson', 'centres dataset', []));
    assert.equal(r.code, 0);
  });

  test('markup in names and summaries is just text to the validator', async () => {
    const r = await cli('validate', 'test/fixtures/centres/hostile.geojson');
    assert.equal(r.code, 0);
  });
});

describe('sz-widgets validate: news feeds (JSON Feed)', () => {
  test('a valid feed with extensions, relative URLs and a 1.0-style author passes', async () => {
    const r = await cli('validate', 'test/fixtures/validator/feed-valid.json');
    assert.equal(r.stdout, report('test/fixtures/validator/feed-valid.json', 'news feed', []));
    assert.equal(r.code, 0);
  });

  test('an invalid feed: each problem with its path', async () => {
    const file = 'test/fixtures/validator/feed-invalid.json';
    const r = await cli('validate', file);
    assert.equal(
      r.stdout,
      report(file, 'news feed', [
        '$.version: must be "https://jsonfeed.org/version/1.1" (or 1), not "https://jsonfeed.org/version/2"',
        '$.home_page_url: must be an http(s) URL or a relative one, not "javascript:alert(1)"',
        '$.items[0]: must have content_html or content_text',
        '$.items[0].date_published: must be a date and time as in RFC 3339, like 2017-05-12T00:00:00+08:00, not "12 May 2017"',
        '$.items[1].tags: must be an array, not "centres"',
      ]),
    );
    assert.equal(r.code, 1);
  });
});

describe('sz-widgets validate: inputs that cannot be read', () => {
  test('a missing file exits with 2', async () => {
    const r = await cli('validate', 'test/fixtures/centres/no-such-file.geojson');
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'sz-widgets: cannot read test/fixtures/centres/no-such-file.geojson: no such file\n');
    assert.equal(r.code, 2);
  });

  test('a folder exits with 2', async () => {
    const r = await cli('validate', 'test/fixtures/centres');
    assert.equal(r.stderr, 'sz-widgets: cannot read test/fixtures/centres: it is a folder\n');
    assert.equal(r.code, 2);
  });

  test('a scheme other than file and http(s) exits with 2', async () => {
    const r = await cli('validate', 'ftp://example.invalid/centres.geojson');
    assert.equal(
      r.stderr,
      'sz-widgets: cannot read ftp://example.invalid/centres.geojson: only files and http(s) URLs can be read\n',
    );
    assert.equal(r.code, 2);
  });
});

describe('sz-widgets validate: http URLs', () => {
  let server;
  let base;
  before(async () => {
    const shipped = await readFile(new URL('../../datasets/centres.geojson', import.meta.url));
    const swapped = await readFile(new URL(`../../${INVALID}/swapped-order.geojson`, import.meta.url));
    server = createServer((req, res) => {
      const body = { '/centres.geojson': shipped, '/swapped.geojson': swapped }[req.url];
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/geo+json' }).end(body ?? 'not found');
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => new Promise((resolve) => server.close(resolve)));

  test('a valid dataset over http exits with 0', async () => {
    const r = await cli('validate', `${base}/centres.geojson`);
    assert.equal(r.stdout, report(`${base}/centres.geojson`, 'centres dataset', []));
    assert.equal(r.code, 0);
  });

  test('an invalid dataset over http exits with 1', async () => {
    const r = await cli('validate', `${base}/swapped.geojson`);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /looks like \[latitude, longitude\]/);
  });

  test('a 404 exits with 2', async () => {
    const r = await cli('validate', `${base}/missing.geojson`);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `sz-widgets: cannot read ${base}/missing.geojson: HTTP 404 Not Found\n`);
    assert.equal(r.code, 2);
  });

  test('a refused connection exits with 2', async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer();
    await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${probe.address().port}/centres.geojson`;
    await new Promise((resolve) => probe.close(resolve));
    const r = await cli('validate', url);
    assert.match(r.stderr, new RegExp(`^sz-widgets: cannot read ${url.replace(/[.]/g, '\\.')}: .*ECONNREFUSED`));
    assert.equal(r.code, 2);
  });
});

describe('sz-widgets: usage', () => {
  test('--help prints the usage and exits with 0', async () => {
    for (const args of [['--help'], ['-h'], ['validate', '--help'], ['help']]) {
      const r = await cli(...args);
      assert.match(r.stdout, /^Usage: sz-widgets validate <file or URL>\n/);
      assert.match(r.stdout, /Exit codes: 0 no problems, 1 problems found, 2 the input cannot be read or bad usage\./);
      assert.equal(r.code, 0);
    }
  });

  test('bad usage exits with 2 and says why', async () => {
    const cases = [
      [[], 'sz-widgets: missing command.'],
      [['check', 'x.json'], 'sz-widgets: unknown command "check".'],
      [['validate'], 'sz-widgets: validate takes one file or URL.'],
      [['validate', 'a.json', 'b.json'], 'sz-widgets: validate takes one file or URL.'],
    ];
    for (const [args, first] of cases) {
      const r = await cli(...args);
      assert.equal(r.stderr.split('\n')[0], first);
      assert.match(r.stderr, /Usage: sz-widgets validate/);
      assert.equal(r.stdout, '');
      assert.equal(r.code, 2);
    }
  });
});
