// ClusterAtlas: the little JavaScript the pages use. Everything works without it; it only saves typing.
// (The Content Security Policy allows no inline scripts, so behaviour lives here, attached by data attributes.)
document.addEventListener("click", (event) => {
  // A concept suggestion: append its label as a new line of the target textarea, unless it is there already.
  const suggestion = event.target.closest("[data-append-to]");
  if (!suggestion) {
    return;
  }
  const target = document.getElementById(suggestion.dataset.appendTo);
  const value = suggestion.dataset.value;
  if (!target || !value) {
    return;
  }
  const lines = target.value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length > 0);
  if (!lines.some((line) => line.toLowerCase() === value.toLowerCase())) {
    lines.push(value);
  }
  target.value = lines.join("\n");
  const input = document.getElementById("competence-search");
  if (input) {
    input.value = "";
    input.focus();
  }
  const list = document.getElementById("concept-suggestions");
  if (list) {
    list.replaceChildren();
  }
});

// htmx answers validation errors with 400 and the fragment that shows them. htmx does not swap error responses by
// default; forms marked data-swap-validation-errors want exactly that fragment, so it is swapped like a success.
document.addEventListener("htmx:beforeSwap", (event) => {
  const source = event.detail.requestConfig && event.detail.requestConfig.elt;
  if (event.detail.xhr.status === 400 && source && source.closest("[data-swap-validation-errors]")) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});

// A search form fires on several events for one edit: leaving the postal code field after typing sends "change" at
// once and the typing pause sends "input" later, with the same values. The second answer would redraw the results and
// the map under the visitor's pointer (closing a popup just opened), so a form marked data-skip-repeated sends only
// what differs from its last request. A failed request is forgotten, so the same values can be tried again.
const lastRequested = new WeakMap();
document.addEventListener("htmx:configRequest", (event) => {
  const form = event.detail.elt;
  if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-skip-repeated")) {
    return;
  }
  const key = new URLSearchParams(new FormData(form)).toString();
  if (lastRequested.get(form) === key) {
    event.preventDefault();
    return;
  }
  lastRequested.set(form, key);
});
["htmx:sendError", "htmx:responseError"].forEach((name) => {
  document.addEventListener(name, (event) => {
    const form = event.detail.elt;
    if (form instanceof HTMLFormElement && event.detail.xhr.status !== 400) {
      lastRequested.delete(form);
    }
  });
});
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("form[data-skip-repeated]").forEach((form) => {
    lastRequested.set(form, new URLSearchParams(new FormData(form)).toString());
  });
});

// Fields whose message arrived out of band: mark them invalid (or valid again) for sight and for screen readers.
function markInvalidFields() {
  document.querySelectorAll("[data-error-for]").forEach((message) => {
    const field = document.getElementById(message.dataset.errorFor);
    if (!field) {
      return;
    }
    const invalid = message.textContent.trim().length > 0;
    field.classList.toggle("is-invalid", invalid);
    if (invalid) {
      field.setAttribute("aria-invalid", "true");
    } else {
      field.removeAttribute("aria-invalid");
    }
  });
}

// A form that failed on the server shows an error summary: keyboard and screen reader users land on it, so they hear
// what went wrong before anything else, and its links lead to the fields.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
  }
});

// The result map: Leaflet (from its WebJar, loaded only by the search page) draws a marker per hit of the list, whose
// items carry position, name and address in data attributes. Without JavaScript the map is hidden (css/nojs.css) and the
// list is all there is. Popups are built from text nodes, never from HTML, so a name cannot inject markup.
function initResultMap() {
  const container = document.querySelector("[data-result-map]");
  if (!container || container.dataset.ready || typeof window.L === "undefined") {
    return;
  }
  const L = window.L;
  container.dataset.ready = "true";
  container.classList.add("is-ready");
  // Leaflet guesses its marker images from the URL in its CSS, which the fingerprinted resource names defeat; and
  // its shadow exists in one resolution only, too coarse for phones, so the markers go without.
  const icon = L.icon({
    iconUrl: container.dataset.iconUrl,
    iconRetinaUrl: container.dataset.iconRetinaUrl,
    iconSize: [25, 41],
    iconAnchor: [12, 41],
    popupAnchor: [1, -34],
  });
  const map = L.map(container, { zoomControl: false, scrollWheelZoom: false });
  L.control.zoom({ zoomInTitle: container.dataset.zoomIn, zoomOutTitle: container.dataset.zoomOut }).addTo(map);
  map.attributionControl.setPrefix(false);
  if (container.dataset.tileUrl) {
    L.tileLayer(container.dataset.tileUrl, { attribution: container.dataset.attribution, maxZoom: 18 }).addTo(map);
  }
  const bounds = [];
  document.querySelectorAll("#search-hits [data-lat][data-lon]").forEach((hit) => {
    const position = [Number(hit.dataset.lat), Number(hit.dataset.lon)];
    const link = document.createElement("a");
    link.href = hit.dataset.href;
    link.textContent = hit.dataset.name;
    L.marker(position, { icon, title: hit.dataset.name, alt: hit.dataset.name }).bindPopup(link).addTo(map);
    bounds.push(position);
  });
  if (container.dataset.centerLat && container.dataset.centerLon) {
    const center = [Number(container.dataset.centerLat), Number(container.dataset.centerLon)];
    L.circle(center, { radius: Number(container.dataset.radiusKm) * 1000, weight: 1, fill: false }).addTo(map);
    bounds.push(center);
  }
  if (bounds.length === 1) {
    map.setView(bounds[0], 11);
  } else if (bounds.length > 1) {
    // More room at the top: a marker stands 41 px above its point.
    map.fitBounds(bounds, { paddingTopLeft: [24, 48], paddingBottomRight: [24, 16], maxZoom: 13 });
  }
}

document.addEventListener("DOMContentLoaded", () => {
  initResultMap();
});
// After htmx replaced the results, the new list gets a new map (the old one went with the old container).
document.addEventListener("htmx:afterSettle", () => {
  markInvalidFields();
  initResultMap();
});
