/* global document, window, performance, fetch, location, URLSearchParams, L, topojson */
// What a partner would do with Leaflet instead: no tiles, the world-atlas countries-110m shapes
// (read with topojson-client, Antarctica left out as the widget does) as a GeoJSON layer, and
// the same six centres as keyboard-focusable markers, the view fitted to them. Timed from the
// start (Leaflet already loaded) to the frame in which all six markers are in the map.
// ?world=simplified draws the widget's own simplified shapes instead (same geometry as the widget).
import { whenFrame } from './poll.js';

const LOCATED = 6;
const stage = document.getElementById('stage');
const worldUrl =
  new URLSearchParams(location.search).get('world') === 'simplified'
    ? '/gen/world-simplified.json'
    : '/vendor/countries-110m.json';
const regions = new Intl.DisplayNames(['en'], { type: 'region' });

const t0 = performance.now();
const div = stage.appendChild(document.createElement('div'));
div.className = 'map';
try {
  const [topo, centres] = await Promise.all([
    fetch(worldUrl).then((r) => r.json()),
    fetch('/dist/data/centres.geojson').then((r) => r.json()),
  ]);
  const located = centres.features.filter((f) => f.geometry?.type === 'Point');
  const positions = located.map((f) => [f.geometry.coordinates[1], f.geometry.coordinates[0]]);
  const map = L.map(div);
  map.fitBounds(positions, { padding: [28, 28] });
  const countries = topojson.feature(topo, topo.objects.countries);
  countries.features = countries.features.filter((f) => f.id !== '010');
  L.geoJSON(countries, { style: { color: '#fff', weight: 0.5, fillColor: '#d5dbe1', fillOpacity: 1 } }).addTo(map);
  located.forEach((f, i) => {
    const p = f.properties;
    const title = `${p.city?.en ?? p.name.en}, ${regions.of(p.country)} — ${p.status}`;
    L.marker(positions[i], {
      icon: L.divIcon({ className: 'marker', iconSize: [28, 28] }),
      title,
      keyboard: true,
    }).addTo(map);
  });
  const done = await whenFrame(
    () =>
      div.querySelectorAll('.leaflet-marker-icon').length === LOCATED &&
      div.querySelector('.leaflet-overlay-pane path'),
  );
  window.__result = {
    connectToMarkers: done - t0,
    navigationToMarkers: done,
    markers: div.querySelectorAll('.leaflet-marker-icon').length,
    paths: div.querySelectorAll('.leaflet-overlay-pane path').length,
  };
} catch (err) {
  window.__result = { error: String(err) };
}
