// Small progressive enhancements; every page works without them.
(function () {
  "use strict";
  document.documentElement.classList.replace("no-js", "js");

  document.addEventListener("DOMContentLoaded", function () {
    // On a phone the menu folds behind a "Menu" button.
    var toggle = document.querySelector(".menu-toggle");
    var menu = document.getElementById("site-menu");
    if (toggle && menu) {
      toggle.hidden = false;
      toggle.addEventListener("click", function () {
        var open = toggle.getAttribute("aria-expanded") === "true";
        toggle.setAttribute("aria-expanded", String(!open));
      });
    }

    // One dropdown open at a time; a click elsewhere or Escape closes it.
    var dropdowns = Array.prototype.slice.call(
      document.querySelectorAll("details.dropdown")
    );
    dropdowns.forEach(function (details) {
      details.addEventListener("toggle", function () {
        if (!details.open) return;
        dropdowns.forEach(function (other) {
          if (other !== details) other.open = false;
        });
      });
    });
    document.addEventListener("click", function (event) {
      dropdowns.forEach(function (details) {
        if (details.open && !details.contains(event.target)) details.open = false;
      });
    });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") return;
      dropdowns.forEach(function (details) {
        if (details.open) {
          details.open = false;
          details.querySelector("summary").focus();
        }
      });
    });
  });
})();
