// Light enhancement only: hovering or focusing a field lights up its evidence boxes on the page images,
// and following an evidence link scrolls to the box itself. Everything works without it.
(function () {
  "use strict";
  function boxesFor(keys) {
    var out = [];
    keys.split(" ").forEach(function (key) {
      if (!key) return;
      document.querySelectorAll(".hl").forEach(function (el) {
        if (el.getAttribute("data-field") === key) out.push(el);
      });
    });
    return out;
  }
  function toggle(field, on) {
    field.classList.toggle("active", on);
    boxesFor(field.getAttribute("data-evidence") || "").forEach(function (b) { b.classList.toggle("active", on); });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".field[data-evidence]").forEach(function (field) {
      field.addEventListener("mouseenter", function () { toggle(field, true); });
      field.addEventListener("mouseleave", function () { toggle(field, false); });
    });
    document.querySelectorAll("a.evidence[data-key]").forEach(function (link) {
      link.addEventListener("click", function (ev) {
        var boxes = boxesFor(link.getAttribute("data-key"));
        if (!boxes.length) return;
        ev.preventDefault();
        boxes[0].scrollIntoView({ behavior: "smooth", block: "center" });
        boxes.forEach(function (b) {
          b.classList.add("active");
          setTimeout(function () { b.classList.remove("active"); }, 1600);
        });
      });
    });
    document.querySelectorAll(".hl[data-field]").forEach(function (box) {
      box.addEventListener("click", function () {
        var key = box.getAttribute("data-field");
        var target = null;
        document.querySelectorAll(".field[data-evidence]").forEach(function (f) {
          if (!target && (f.getAttribute("data-evidence") || "").split(" ").indexOf(key) >= 0) target = f;
        });
        if (target) { target.scrollIntoView({ behavior: "smooth", block: "center" }); toggle(target, true);
          setTimeout(function () { toggle(target, false); }, 1600); }
      });
    });
  });
})();
