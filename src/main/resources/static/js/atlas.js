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
