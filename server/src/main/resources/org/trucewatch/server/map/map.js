// Trucewatch live map: reads the server's API, keeps filter state in the URL, follows the event stream.
'use strict';

const GRADE_COLOURS = { confirmed: '#b71c1c', probable: '#e65100', possible: '#f9a825', unsubstantiated: '#78909c' };
const KIND_STYLES = {
  zone: { color: '#1565c0', weight: 1, fillOpacity: 0.08 },
  'protected-sites': { color: '#6a1b9a', weight: 1, fillOpacity: 0.15 },
  corridor: { color: '#00838f', weight: 1, dashArray: '4 3', fillOpacity: 0.05 },
  'alert-areas': { color: '#8d6e63', weight: 1, dashArray: '2 4', fillOpacity: 0.03 },
};

const LAYER_NAMES = ['agreement', 'incidents', 'firms', 'tracks', 'coverage'];

const state = {
  token: null,
  incidents: [],
  detections: [],
  tracks: [],
  coverage: {},
  coverageLoads: {},
  coverageDay: null,
  times: { min: null, max: null },
  selected: null,
  playing: null,
  stream: null,
};

const params = new URLSearchParams(location.search);
const map = L.map('map', { attributionControl: true, preferCanvas: false }).setView([46.5, 32.5], 7);
map.attributionControl.setPrefix('Leaflet');
map.createPane('agreement').style.zIndex = 350;
map.createPane('coverage').style.zIndex = 360;
map.createPane('tracks').style.zIndex = 400;
// thousands of coverage cells: one canvas, not one SVG element each
const coverageRenderer = L.canvas({ pane: 'coverage' });
map.createPane('detections').style.zIndex = 420;
map.createPane('incidents').style.zIndex = 450;
const layers = {
  basemap: L.layerGroup().addTo(map),
  agreement: L.layerGroup().addTo(map),
  firms: L.layerGroup().addTo(map),
  tracks: L.layerGroup().addTo(map),
  coverage: L.layerGroup().addTo(map),
  incidents: L.layerGroup().addTo(map),
};

// ---- token: from the URL fragment (never sent to the server's logs) or this tab's storage
function readToken() {
  const h = new URLSearchParams(location.hash.slice(1));
  if (h.get('token')) {
    sessionStorage.setItem('trucewatch.token', h.get('token'));
    history.replaceState(null, '', location.pathname + location.search);
  }
  state.token = sessionStorage.getItem('trucewatch.token');
}

async function api(path, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  if (state.token) headers['Authorization'] = 'Bearer ' + state.token;
  const r = await fetch(path, Object.assign({}, options, { headers }));
  const text = await r.text();
  const body = text ? JSON.parse(text) : null;
  if (!r.ok) {
    const e = new Error((body && body.error) || r.statusText);
    e.status = r.status;
    e.field = body && body.field;
    throw e;
  }
  return body;
}

// ---- filters <-> URL
function syncFiltersFromUrl() {
  document.querySelectorAll('[data-param]').forEach(el => {
    const v = params.get(el.dataset.param);
    if (v !== null) el.value = v;
  });
  LAYER_NAMES.forEach(name => {
    const off = (params.get('hide') || '').split(',').includes(name);
    document.getElementById('l-' + name).checked = !off;
  });
}

function writeUrl() {
  const p = new URLSearchParams();
  document.querySelectorAll('[data-param]').forEach(el => {
    if (el.value && !(el.id === 'window' && el.value === 'all')) p.set(el.dataset.param, el.value);
  });
  const hidden = LAYER_NAMES.filter(n => !document.getElementById('l-' + n).checked);
  if (hidden.length) p.set('hide', hidden.join(','));
  const t = timeValue();
  if (t !== null && t < state.times.max) p.set('t', new Date(t * 1000).toISOString());
  if (state.selected) p.set('incident', state.selected);
  const q = p.toString();
  history.replaceState(null, '', location.pathname + (q ? '?' + q : ''));
}

function incidentQuery() {
  const p = new URLSearchParams({ limit: '1000' });
  ['status', 'grade', 'provision', 'review'].forEach(k => {
    const v = document.querySelector('[data-param="' + k + '"]').value;
    if (v) p.set(k, v);
  });
  return p.toString();
}

// ---- layers
async function loadBasemap() {
  const r = await fetch('basemap-ukraine-adm1.geojson');
  const gj = await r.json();
  L.geoJSON(gj, { style: { color: '#90a4ae', weight: 1, fillColor: '#f5f5f0', fillOpacity: 1 }, attribution: gj.attribution })
    .addTo(layers.basemap);
}

async function loadAgreement() {
  const gj = await api('/api/v1/agreement');
  document.getElementById('agreement-title').textContent = gj.title;
  const select = document.getElementById('f-provision');
  const seen = new Set();
  gj.features.forEach(f => {
    const p = f.properties;
    if (!seen.has(p.provision)) {
      seen.add(p.provision);
      const o = document.createElement('option');
      o.value = p.provision;
      o.textContent = p.provision_name;
      select.appendChild(o);
    }
  });
  if (params.get('provision')) select.value = params.get('provision');
  L.geoJSON(gj, {
    pane: 'agreement',
    style: f => KIND_STYLES[f.properties.kind] || { weight: 1 },
    onEachFeature: (f, layer) => layer.bindTooltip(f.properties.provision_name + ': ' + f.properties.name),
  }).addTo(layers.agreement);
  const b = L.geoJSON(gj).getBounds();
  if (b.isValid()) map.fitBounds(b.pad(0.1));
}

async function loadIncidents() {
  const page = await api('/api/v1/incidents?' + incidentQuery());
  state.incidents = page.features;
  updateTimeRange();
  render();
}

async function loadDetections() {
  const all = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await api('/api/v1/observations?kind=thermal-anomaly&limit=1000&offset=' + offset);
    all.push(...page.features);
    if (offset + 1000 >= page.total) break;
  }
  state.detections = all;
  updateTimeRange();
  render();
}

async function loadTracks() {
  state.tracks = (await api('/api/v1/tracks')).features;
  updateTimeRange();
  render();
}

// Coverage is per UTC day: the layer shows the slider's day, fetched once per day and checkpoint.
function loadCoverage(day) {
  if (!day) return Promise.resolve();
  if (!state.coverageLoads[day]) {
    state.coverageLoads[day] = api('/api/v1/coverage?day=' + day).then(page => {
      state.coverage[day] = page.features;
      if (day === state.coverageDay) render();
    }, e => {
      delete state.coverageLoads[day];
      throw e;
    });
  }
  return state.coverageLoads[day];
}

function trackPart(f) {
  const p = f.properties;
  const t = timeValue();
  const coords = f.geometry.type === 'LineString' ? f.geometry.coordinates : [f.geometry.coordinates];
  if (t === null) return coords;
  const w = document.getElementById('window').value;
  const until = t * 1000;
  const since = w === 'all' ? -Infinity : until - Number(w) * 3600 * 1000;
  const out = [];
  p.times.forEach((time, i) => {
    const ms = Date.parse(time);
    if (ms >= since && ms <= until) out.push(coords[i]);
  });
  return out;
}

function renderTracks() {
  layers.tracks.clearLayers();
  let ships = 0;
  state.tracks.forEach(f => {
    const part = trackPart(f);
    if (!part.length) return;
    ships++;
    const p = f.properties;
    const latlngs = part.map(c => [c[1], c[0]]);
    const style = { pane: 'tracks', color: p.military ? '#c62828' : '#0277bd', weight: p.military ? 2.5 : 1.2, opacity: 0.8,
      className: 'track' + (p.military ? ' military' : '') };
    const tip = (p.name || 'MMSI ' + p.mmsi) + ' · MMSI ' + p.mmsi + ' · type ' + p.ship_type + (p.military ? ' · military' : '');
    (latlngs.length > 1 ? L.polyline(latlngs, style) : L.circleMarker(latlngs[0], Object.assign({ radius: 3 }, style)))
      .bindTooltip(tip).addTo(layers.tracks);
    L.circleMarker(latlngs[latlngs.length - 1], Object.assign({}, style, { radius: 3, fillOpacity: 1 })).bindTooltip(tip).addTo(layers.tracks);
  });
  return ships;
}

function renderCoverage() {
  layers.coverage.clearLayers();
  const t = timeValue();
  const day = t === null ? null : new Date(t * 1000).toISOString().slice(0, 10);
  state.coverageDay = day;
  const cells = state.coverage[day];
  const counts = { observed: 0, unobserved: 0 };
  if (!Array.isArray(cells)) {
    loadCoverage(day).catch(e => console.warn('coverage', e));
    return counts;
  }
  cells.forEach(f => {
    const p = f.properties;
    counts[p.observed ? 'observed' : 'unobserved']++;
    L.geoJSON(f, { renderer: coverageRenderer, pane: 'coverage',
      style: p.observed ? { color: '#2e7d32', weight: 0.3, fillColor: '#66bb6a', fillOpacity: 0.35 }
        : { color: '#9e9e9e', weight: 0.3, fillColor: '#424242', fillOpacity: 0.25 } })
      .bindTooltip(p.zone + ' · ' + (p.observed ? 'observed ' + p.day + ' by ' + p.by.join(', ')
        : 'not observed ' + p.day) + ' · last observed ' + (p.last_observed || 'never'))
      .addTo(layers.coverage);
  });
  return counts;
}

function updateTimeRange() {
  const times = [];
  state.incidents.forEach(f => { times.push(Date.parse(f.properties.start), Date.parse(f.properties.end)); });
  state.detections.forEach(f => times.push(Date.parse(f.properties.time)));
  state.tracks.forEach(f => { times.push(Date.parse(f.properties.start), Date.parse(f.properties.end)); });
  if (!times.length) return;
  const slider = document.getElementById('time');
  const wasAtEnd = timeValue() === null || timeValue() >= state.times.max;
  state.times.min = Math.floor(Math.min(...times) / 1000 / 600) * 600;
  state.times.max = Math.ceil(Math.max(...times) / 1000 / 600) * 600;
  slider.min = state.times.min;
  slider.max = state.times.max;
  if (params.get('t') && !state.timeFromUrlApplied) {
    slider.value = Math.floor(Date.parse(params.get('t')) / 1000);
    state.timeFromUrlApplied = true;
  } else if (wasAtEnd) {
    slider.value = state.times.max;
  }
}

function timeValue() {
  const s = document.getElementById('time');
  return s.max === '0' ? null : Number(s.value);
}

function visibleAt(startMs, endMs) {
  const t = timeValue();
  if (t === null) return true;
  const w = document.getElementById('window').value;
  const until = t * 1000;
  const since = w === 'all' ? -Infinity : until - Number(w) * 3600 * 1000;
  return startMs <= until && endMs >= since;
}

function render() {
  const t = timeValue();
  document.getElementById('time-label').textContent = t === null ? '' : new Date(t * 1000).toISOString().replace('.000Z', 'Z');
  layers.incidents.clearLayers();
  layers.firms.clearLayers();
  const list = document.getElementById('incident-list');
  list.innerHTML = '';
  let shown = 0;
  state.incidents.forEach(f => {
    const p = f.properties;
    if (!visibleAt(Date.parse(p.start), Date.parse(p.end))) return;
    shown++;
    const [lon, lat] = f.geometry.coordinates;
    const grade = p.grade || 'none';
    const marker = L.circleMarker([lat, lon], {
      pane: 'incidents',
      radius: p.grade ? 9 : 6,
      color: p.status === 'corroborated' ? '#000' : '#555',
      dashArray: p.status === 'corroborated' ? null : '3 2',
      weight: p.review === 'confirmed' ? 3 : 1.5,
      fillColor: GRADE_COLOURS[p.grade] || '#b0bec5',
      fillOpacity: 0.85,
      className: 'incident grade-' + grade + ' status-' + p.status + ' review-' + p.review,
    });
    marker.bindTooltip(p.kind + ' ' + p.start + (p.places.length ? ' · ' + p.places.join(', ') : ''));
    marker.on('click', () => select(p.id));
    marker.on('add', () => marker.getElement() && marker.getElement().setAttribute('data-incident', p.id));
    marker.addTo(layers.incidents);
    const li = document.createElement('li');
    li.dataset.incident = p.id;
    li.innerHTML = '<span class="grade grade-' + grade + '">' + grade + '</span> ' + esc(p.kind) + ' ' + esc(p.start.slice(5, 16));
    li.onclick = () => select(p.id);
    list.appendChild(li);
  });
  let fires = 0;
  state.detections.forEach(f => {
    const tms = Date.parse(f.properties.time);
    if (!visibleAt(tms, tms)) return;
    fires++;
    L.geoJSON(f, { pane: 'detections', style: { color: '#ff6f00', weight: 1, fillOpacity: 0.5, className: 'detection' } })
      .bindTooltip('FIRMS ' + f.properties.source + ' ' + f.properties.time + ' FRP ' + (f.properties.attributes.frp || '?') + ' MW')
      .addTo(layers.firms);
  });
  const ships = renderTracks();
  const cells = renderCoverage();
  const count = document.getElementById('shown-count');
  count.textContent = shown + ' of ' + state.incidents.length + ' incidents, ' + fires + ' FIRMS detections, ' + ships + ' ships'
    + (state.coverageDay ? ', coverage ' + state.coverageDay + ': ' + cells.observed + ' of ' + (cells.observed + cells.unobserved) + ' cells observed' : '');
  count.dataset.incidents = String(shown);
  count.dataset.ships = String(ships);
  count.dataset.coverageDay = state.coverageDay || '';
  count.dataset.coverageObserved = String(cells.observed);
  count.dataset.coverageUnobserved = String(cells.unobserved);
  applyLayerToggles();
  writeUrl();
}

function applyLayerToggles() {
  LAYER_NAMES.forEach(name => {
    const on = document.getElementById('l-' + name).checked;
    if (on && !map.hasLayer(layers[name])) map.addLayer(layers[name]);
    if (!on && map.hasLayer(layers[name])) map.removeLayer(layers[name]);
  });
}

// ---- the incident panel
function esc(s) {
  return String(s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function evidenceLayer(e) {
  if (e.source.id.startsWith('firms-')) return 'Satellite (FIRMS)';
  const kind = e.observation ? e.observation.kind : '';
  if (kind === 'thermal-anomaly') return 'Satellite';
  if (/uav|drone|patrol/.test(e.source.id)) return 'Patrols and UAV';
  return 'Reports';
}

async function select(id) {
  state.selected = id;
  writeUrl();
  const panel = document.getElementById('panel');
  panel.hidden = false;
  panel.innerHTML = '<p>Loading…</p>';
  let inc;
  try {
    inc = await api('/api/v1/incidents/' + encodeURIComponent(id));
  } catch (e) {
    panel.innerHTML = '<p class="error">' + esc(e.message) + '</p>';
    return;
  }
  const p = inc.properties;
  const groups = {};
  inc.evidence.forEach(e => (groups[evidenceLayer(e)] = groups[evidenceLayer(e)] || []).push(e));
  let html = '<h2>Incident ' + esc(p.kind) + '</h2>'
    + '<p><span class="grade grade-' + (p.grade || 'none') + '" id="panel-grade">' + esc(p.grade || 'no finding') + '</span> '
    + esc(p.status) + ' · lifecycle: <strong id="panel-review">' + esc(p.lifecycle) + '</strong></p>'
    + '<p>' + esc(p.start) + ' – ' + esc(p.end) + '<br>' + esc(p.places.join(', ')) + '<br>'
    + p.independent_sources + ' independent source(s): ' + esc(p.sources.join(', ')) + '</p>';
  inc.finding_details.forEach(f => {
    html += '<div class="finding"><h3>' + esc(f.provision) + ' <span class="grade grade-' + esc(f.grade) + '">' + esc(f.grade) + '</span></h3>'
      + '<p>' + esc(f.explanation) + '</p><p>Attribution: ' + esc(f.attribution.status)
      + (f.attribution.party ? ' (' + esc(f.attribution.party) + ')' : '') + '</p></div>';
  });
  html += '<h3>Evidence</h3>';
  Object.keys(groups).sort().forEach(g => {
    html += '<div class="evidence-group"><h4>' + esc(g) + ' (' + groups[g].length + ')</h4>';
    groups[g].forEach(e => {
      const o = e.observation || {};
      html += '<div class="evidence" data-observation="' + esc(e.id) + '">' + esc(o.kind || '') + ' ' + esc(o.time || '')
        + '<br>source ' + esc(e.source.name) + ' (reliability ' + esc(e.source.reliability) + ')'
        + (e.touches.length ? '<br>' + e.touches.map(t => esc(t.name) + ' ' + Math.round(t.distance_m) + ' m').join(', ') : '')
        + '<br><small>' + esc(e.provenance.input) + ':' + e.provenance.line + '</small></div>';
    });
    html += '</div>';
  });
  html += '<h3>Analysts</h3><ol id="actions">' + inc.actions.map(a => '<li>' + esc(a.at) + ' ' + esc(a.actor) + ': ' + esc(a.action)
    + (a.reason ? ' — ' + esc(a.reason) : '') + '</li>').join('') + '</ol>'
    + '<div id="triage"><input id="reason" placeholder="reason (required)"><br>'
    + ['confirm', 'dispute', 'close', 'reopen', 'note'].map(a => '<button data-action="' + a + '">'
      + a.charAt(0).toUpperCase() + a.slice(1) + '</button>').join(' ') + '</div><p id="triage-result"></p>';
  panel.innerHTML = html;
  panel.querySelectorAll('#triage button').forEach(b => b.onclick = () => triage(id, b.dataset.action));
}

async function triage(id, action) {
  const out = document.getElementById('triage-result');
  const body = { action, reason: document.getElementById('reason').value };
  try {
    await api('/api/v1/incidents/' + encodeURIComponent(id) + '/actions', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    });
    out.className = '';
    out.textContent = 'recorded';
    await loadIncidents();
    await select(id);
  } catch (e) {
    out.className = 'error';
    out.textContent = (e.status === 401 || e.status === 403) ? 'not allowed: ' + e.message : e.message;
  }
}

// ---- live updates
function connect() {
  if (state.stream) state.stream.close();
  const url = '/api/v1/events' + (state.token ? '?access_token=' + encodeURIComponent(state.token) : '');
  const es = new EventSource(url);
  const badge = document.getElementById('live-state');
  es.onopen = () => { badge.textContent = 'live'; badge.className = 'live'; };
  es.onerror = () => { badge.textContent = 'offline'; badge.className = ''; };
  es.addEventListener('checkpoint', () => { state.coverage = {}; state.coverageLoads = {}; loadIncidents(); loadDetections(); loadTracks(); });
  state.stream = es;
}

// ---- playback
function togglePlay() {
  const button = document.getElementById('play');
  if (state.playing) {
    clearInterval(state.playing);
    state.playing = null;
    button.textContent = 'Play';
    return;
  }
  const slider = document.getElementById('time');
  if (Number(slider.value) >= state.times.max) slider.value = state.times.min;
  button.textContent = 'Pause';
  state.playing = setInterval(() => {
    const next = Number(slider.value) + 1800;
    slider.value = Math.min(next, state.times.max);
    render();
    if (next >= state.times.max) togglePlay();
  }, 300);
}

async function start() {
  readToken();
  syncFiltersFromUrl();
  document.getElementById('token-form').onsubmit = ev => {
    ev.preventDefault();
    state.token = document.getElementById('token').value.trim() || null;
    if (state.token) sessionStorage.setItem('trucewatch.token', state.token); else sessionStorage.removeItem('trucewatch.token');
    boot();
  };
  document.querySelectorAll('#filters select[data-param]').forEach(el => el.onchange = () => (el.id === 'window' ? render() : loadIncidents()));
  document.querySelectorAll('#filters input[type=checkbox]').forEach(el => el.onchange = render);
  document.getElementById('time').oninput = render;
  document.getElementById('play').onclick = togglePlay;
  await loadBasemap();
  await boot();
}

async function boot() {
  layers.agreement.clearLayers();
  try {
    await loadAgreement();
    state.coverage = {};
    state.coverageLoads = {};
    await Promise.all([loadIncidents(), loadDetections(), loadTracks()]);
    await loadCoverage(state.coverageDay);
    connect();
    if (params.get('incident')) await select(params.get('incident'));
    document.body.dataset.ready = 'true';
  } catch (e) {
    document.getElementById('shown-count').textContent = e.status === 401 ? 'Enter a token to see the findings.' : e.message;
    document.body.dataset.ready = 'error';
  }
}

start();
